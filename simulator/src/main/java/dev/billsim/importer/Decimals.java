package dev.billsim.importer;

/**
 * Parses the unsigned numbers logs write, exactly and without exceptions: a decimal count of
 * seconds becomes nanoseconds by moving digits, never through a double, and anything else (a sign,
 * an exponent, too many digits) is refused with -1 so that the reader can count the line as
 * malformed.
 */
final class Decimals {
  /** Refused input. */
  static final long INVALID = -1;

  // 10^9 seconds is 31 years: no request lasts longer, and 10^9 * 10^9 fits a long.
  private static final int MAX_SECONDS_DIGITS = 9;
  private static final int MAX_DIGITS = 18;
  private static final int NANO_DIGITS = 9;

  private Decimals() {}

  /** Returns {@code 0.048} (seconds) as 48,000,000 nanoseconds, or {@link #INVALID}. */
  static long secondsToNanos(String text) {
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot + 1);
    if (whole.isEmpty()
        || whole.length() > MAX_SECONDS_DIGITS
        || fraction.length() > NANO_DIGITS
        || (dot >= 0 && fraction.isEmpty())) {
      return INVALID;
    }
    long seconds = digits(whole);
    long part = fraction.isEmpty() ? 0 : digits(fraction);
    if (seconds < 0 || part < 0) {
      return INVALID;
    }
    for (int i = fraction.length(); i < NANO_DIGITS; i++) {
      part *= 10;
    }
    return seconds * 1_000_000_000L + part;
  }

  /** Returns the value of a string of at most 18 decimal digits, or {@link #INVALID}. */
  static long digits(String text) {
    if (text.isEmpty() || text.length() > MAX_DIGITS) {
      return INVALID;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return INVALID;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
