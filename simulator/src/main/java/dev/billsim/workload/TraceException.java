package dev.billsim.workload;

import dev.billsim.input.InputProblem;

/** Reports a malformed trace file: which line, which column, what was expected and found. */
public final class TraceException extends InputProblem {
  private static final long serialVersionUID = 1L;

  /** The column of a problem with the file as a whole: its encoding, its quoting, its size. */
  public static final String WHOLE_FILE = "(file)";

  private final int line;
  private final String column;

  /** Creates the report of a problem at a 1-based line (0 for the file as a whole). */
  public TraceException(int line, String column, String expected, String got) {
    this(line, column, expected, got, "fix the row, or point column/format at the right data");
  }

  /** Creates the report of a problem at a 1-based line (0 for the file as a whole), with a hint. */
  public TraceException(long line, String column, String expected, String got, String hint) {
    super(
        "line " + line + ", column " + column + ": expected " + expected + ", got " + got,
        expected,
        got,
        hint);
    this.line = (int) Math.min(Integer.MAX_VALUE, line);
    this.column = column;
  }

  /** Returns the line and column, e.g. {@code line 17, column ts}. */
  @Override
  public String where() {
    return "line " + line + ", column " + column;
  }

  /** Returns the 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** Returns the column's name. */
  public String column() {
    return column;
  }
}
