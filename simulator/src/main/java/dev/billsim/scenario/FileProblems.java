package dev.billsim.scenario;

import dev.billsim.input.TextFiles;
import java.util.List;
import java.util.Locale;

/**
 * Describes problems with a scenario file as a whole: a file that cannot be read, a line too long
 * to parse, and YAML syntax errors, with a hint drawn from the parser's description.
 */
final class FileProblems {
  private FileProblems() {}

  /**
   * Records a line longer than {@link TextFiles#MAX_LINE_LENGTH} characters, and returns whether
   * there was one: parsing a line of megabytes takes the YAML parser seconds and gigabytes, and no
   * scenario needs one.
   */
  static boolean longLine(String text, Problems problems) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > TextFiles.MAX_LINE_LENGTH) {
          problems.add(
              line,
              1,
              "(file)",
              String.format(
                  Locale.ROOT, "lines of at most %,d characters", TextFiles.MAX_LINE_LENGTH),
              String.format(Locale.ROOT, "a line of %,d characters", i - start),
              "is this the right file? a long description fits on a few lines with a YAML"
                  + " block scalar (description: >-)");
          return true;
        }
        line++;
        start = i + 1;
      }
    }
    return false;
  }

  /** Returns the text of a 1-based line, or empty when there is none. */
  static String lineOf(String text, int line) {
    return text.lines().skip(Math.max(0, line - 1L)).findFirst().orElse("");
  }

  /**
   * Returns a hint for a YAML syntax error, from the parser's description of it and the line where
   * it is reported.
   */
  static String syntaxHint(String problem, String line) {
    if (line.contains("${") && (problem.contains("flow") || problem.contains("{"))) {
      // In { } and [ ], YAML reads the braces of ${name} as its own: the reference needs quotes.
      return "quote a ${name} inside { } or [ ], e.g. {memory: \"${memory}\"}";
    }
    if (problem.contains("exceeds the limit")) {
      return "the file is larger than billsim reads: split it into several files";
    }
    if (problem.contains("TAB")) {
      return "indent with spaces, not tabs";
    }
    if (problem.contains("flow sequence")) {
      return "close the [ that starts here with a ], and separate items with commas";
    }
    if (problem.contains("flow mapping")) {
      return "close the { that starts here with a }, and separate entries with commas";
    }
    if (problem.contains("quoted scalar")) {
      return "close the quote that starts here";
    }
    if (problem.contains("nesting depth")) {
      return "a scenario nests only a few levels deep: look for runaway brackets";
    }
    if (problem.contains("second document")) {
      return "a scenario is a single YAML document: remove the --- line and what follows";
    }
    return "check indentation (spaces, not tabs), and that each key is followed by ': '";
  }

  static ScenarioException fileProblem(String file, String expected, String got, String hint) {
    return new ScenarioException(
        List.of(new ScenarioProblem(file, 0, 0, "(file)", expected, got, hint)));
  }
}
