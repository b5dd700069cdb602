package dev.billsim.cli;

/**
 * Signals a mistake the user can fix on the command line; reported as one message of the form
 * {@code what: expected X, got Y} plus a hint, with exit code 2 and no stack trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param what the option and value at fault, e.g. {@code --out reports}
   * @param expected what would have been accepted
   * @param got what was found instead
   * @param hint how to fix it
   */
  UserError(String what, String expected, String got, String hint) {
    super(message(what, expected, got, hint));
  }

  /**
   * Returns {@code what: expected X, got Y} and a hint line: the one form of every message about
   * the command line or a run's limits.
   */
  static String message(String what, String expected, String got, String hint) {
    return what
        + ": expected "
        + expected
        + ", got "
        + got
        + System.lineSeparator()
        + "  hint: "
        + hint;
  }
}
