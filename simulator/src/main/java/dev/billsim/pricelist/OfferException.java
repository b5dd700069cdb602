package dev.billsim.pricelist;

import dev.billsim.input.InputProblem;

/**
 * Signals an offer file billsim cannot read: where (file, line, column, byte offset), what was
 * expected, what was found, and a hint.
 */
public final class OfferException extends InputProblem {
  private static final long serialVersionUID = 1L;

  private final String where;

  OfferException(String where, String expected, String got, String hint) {
    super(where + ": expected " + expected + ", got " + got, expected, got, hint);
    this.where = where;
  }

  /** Returns the file and place, e.g. {@code AmazonEC2.json:3:17 (byte 120)}. */
  @Override
  public String where() {
    return where;
  }
}
