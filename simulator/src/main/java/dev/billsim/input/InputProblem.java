package dev.billsim.input;

/**
 * Signals a user's file that billsim cannot read, in the words every error report uses: where, what
 * was expected, what was found, and a hint. Subclasses say how they locate a problem (a byte offset
 * in an offer file, a line and column in a trace, a line and field in a log).
 */
public abstract class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String got;
  private final String hint;

  protected InputProblem(String message, String expected, String got, String hint) {
    super(message);
    this.expected = expected;
    this.got = got;
    this.hint = hint;
  }

  /** Returns where the problem is, e.g. {@code access.log:17} or {@code AmazonEC2.json:3:17}. */
  public abstract String where();

  /** Returns what would have been accepted. */
  public String expected() {
    return expected;
  }

  /** Returns what was found. */
  public String got() {
    return got;
  }

  /** Returns how to fix it. */
  public String hint() {
    return hint;
  }
}
