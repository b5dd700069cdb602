package dev.billsim.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * Describes one mistake in a scenario file: where it is, which key, what was expected, what was
 * found, and how to fix it.
 *
 * @param line 1-based line, or 0 when the problem is with the file as a whole
 * @param key the dotted path of the key, e.g. {@code platforms[1].memory}
 */
public record ScenarioProblem(
    String file, int line, int column, String key, String expected, String got, String hint) {

  /** Checks that the message parts are present. */
  public ScenarioProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(got, "got");
    hint = hint == null ? "" : hint;
  }

  /**
   * Formats the problem as {@code file:line:column: key: expected ..., got ...} plus a hint line.
   */
  public String format() {
    String where = line > 0 ? String.format(Locale.ROOT, "%s:%d:%d", file, line, column) : file;
    String message = where + ": " + key + ": expected " + expected + ", got " + got;
    return hint.isEmpty() ? message : message + System.lineSeparator() + "  hint: " + hint;
  }
}
