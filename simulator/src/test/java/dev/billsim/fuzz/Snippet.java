package dev.billsim.fuzz;

import java.util.Locale;
import java.util.Random;
import java.util.regex.MatchResult;

/**
 * Formats pieces of mutated text for reports: short, on one line, bytes that are not ASCII shown.
 */
final class Snippet {
  private static final int MAX_CHARS = 60;

  private Snippet() {}

  /** Returns the text in quotes, bytes outside printable ASCII as {@code \xNN}, long text cut. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        s.append("\\t");
      } else if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        s.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        s.append(c);
      }
    }
    s.append(text.length() > MAX_CHARS ? "\"... (" + text.length() + " chars)" : "\"");
    return s.toString();
  }

  /** Returns the 1-based line number of a position in a text. */
  static int lineOf(String text, int position) {
    int line = 1;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Returns a random position in {@code text} to insert at, from 0 to its length. */
  static int insertionPoint(String text, Random random) {
    return random.nextInt(text.length() + 1);
  }

  /**
   * Returns {@code text} with {@code inserted} put in at {@code at}, and a description of the
   * change that names it as {@code shown}.
   */
  static Mutation.Edit insert(String text, int at, String inserted, String shown) {
    return new Mutation.Edit(
        text.substring(0, at) + inserted + text.substring(at),
        "insert " + shown + " at byte " + at + " (line " + lineOf(text, at) + ")");
  }

  /** Returns {@code text} with the match replaced, and a description of the change. */
  static Mutation.Edit replace(String text, MatchResult match, int group, String by, String what) {
    String was = match.group(group);
    String changed = text.substring(0, match.start(group)) + by + text.substring(match.end(group));
    return new Mutation.Edit(
        changed,
        what
            + " on line "
            + lineOf(text, match.start(group))
            + ": "
            + quote(was)
            + " -> "
            + quote(by));
  }
}
