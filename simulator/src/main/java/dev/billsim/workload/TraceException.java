package dev.billsim.workload;

/** Reports a malformed trace file: which line, which column, what was expected and found. */
public final class TraceException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String column;
  private final String expected;
  private final String got;

  /** Creates the report of a problem at a 1-based line (0 for the file as a whole). */
  public TraceException(int line, String column, String expected, String got) {
    super("line " + line + ", column " + column + ": expected " + expected + ", got " + got);
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.got = got;
  }

  /** Returns the 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** Returns the column's name. */
  public String column() {
    return column;
  }

  /** Returns what was expected. */
  public String expected() {
    return expected;
  }

  /** Returns what was found. */
  public String got() {
    return got;
  }
}
