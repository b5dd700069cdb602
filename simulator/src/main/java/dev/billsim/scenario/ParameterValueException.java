package dev.billsim.scenario;

/**
 * Signals a parameter value given on the command line ({@code --set}, {@code --vary}) that does not
 * fit the parameter: the caller names the option in its message, this says what was wrong.
 */
public final class ParameterValueException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String expected;
  private final String got;
  private final String hint;

  /** Creates the exception from what was expected, what was found, and how to fix it. */
  public ParameterValueException(String expected, String got, String hint) {
    super("expected " + expected + ", got " + got);
    this.expected = expected;
    this.got = got;
    this.hint = hint;
  }

  /** Returns what would have been accepted. */
  public String expected() {
    return expected;
  }

  /** Returns what was found instead. */
  public String got() {
    return got;
  }

  /** Returns how to fix it. */
  public String hint() {
    return hint;
  }
}
