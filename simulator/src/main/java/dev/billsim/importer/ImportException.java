package dev.billsim.importer;

import dev.billsim.input.InputProblem;

/**
 * Signals a log or trace billsim cannot import: the file and line, what was expected, what was
 * found, and a hint.
 */
public final class ImportException extends InputProblem {
  private static final long serialVersionUID = 1L;

  private final String where;

  /**
   * Creates the report of a problem at {@code line} of {@code file} (0 for the file as a whole).
   */
  public ImportException(String file, long line, String expected, String got, String hint) {
    this(line > 0 ? file + ":" + line : file, expected, got, hint);
  }

  private ImportException(String where, String expected, String got, String hint) {
    super(where + ": expected " + expected + ", got " + got, expected, got, hint);
    this.where = where;
  }

  /** Returns the file and line, e.g. {@code access.log:17}. */
  @Override
  public String where() {
    return where;
  }
}
