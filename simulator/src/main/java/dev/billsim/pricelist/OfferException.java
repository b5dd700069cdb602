package dev.billsim.pricelist;

/**
 * Signals an offer file billsim cannot read: where (file, line, column, byte offset), what was
 * expected, what was found, and a hint.
 */
public final class OfferException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String expected;
  private final String got;
  private final String hint;

  OfferException(String where, String expected, String got, String hint) {
    super(where + ": expected " + expected + ", got " + got);
    this.where = where;
    this.expected = expected;
    this.got = got;
    this.hint = hint;
  }

  /** Returns the file and place, e.g. {@code AmazonEC2.json:3:17 (byte 120)}. */
  public String where() {
    return where;
  }

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
