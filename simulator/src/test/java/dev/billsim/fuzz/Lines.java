package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits a text into lines that can be edited and joined back byte for byte. */
final class Lines {
  private Lines() {}

  /** Returns the lines of a text split at each {@code \n}, keeping a last empty line. */
  static List<String> split(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  /** Joins lines with {@code \n}, undoing {@link #split}. */
  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  /** Returns the indexes of the lines that are not blank (a trailing empty line is not a line). */
  static List<Integer> nonBlank(List<String> lines) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        found.add(i);
      }
    }
    return found;
  }

  /** Returns the number of leading spaces and tabs of a line. */
  static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
