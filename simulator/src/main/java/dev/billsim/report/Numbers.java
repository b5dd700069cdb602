package dev.billsim.report;

import dev.billsim.billing.Thousands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats numbers for reports, always with {@link Locale#ROOT}, rounding money only here. */
final class Numbers {
  private static final int MICRO_DOLLARS = 6;

  private Numbers() {}

  /**
   * Rounds dollars to the micro-dollar and prints them plainly, e.g. {@code 8.0} or {@code
   * 2.733338}.
   */
  static String microUsd(BigDecimal usd) {
    return plain(usd.setScale(MICRO_DOLLARS, RoundingMode.HALF_EVEN));
  }

  /** Prints dollars to the cent with thousands separators, e.g. {@code 1,234.57}. */
  static String cents(BigDecimal usd) {
    return Thousands.grouped(usd.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * Prints an exact decimal without exponent or trailing zeros, keeping one decimal: {@code 5.0}.
   */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return stripped.setScale(1).toPlainString();
    }
    return stripped.toPlainString();
  }

  /** Prints a double in its shortest exact decimal form, never in exponent notation. */
  static String plain(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  /** Prints a quantity with thousands separators and up to {@code decimals} decimals. */
  static String quantity(BigDecimal value, int decimals) {
    return Thousands.grouped(value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros());
  }

  /**
   * Prints a double with two decimals, or with three significant digits when it is below 0.1, so
   * that small values such as a mean concurrency of 0.0004 do not print as 0.
   */
  static String small(double value) {
    if (value == 0 || Math.abs(value) >= 0.1) {
      return decimal(value, 2);
    }
    return new BigDecimal(value)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Prints a double with up to {@code decimals} decimals and thousands separators. */
  static String decimal(double value, int decimals) {
    return quantity(BigDecimal.valueOf(value), decimals);
  }

  /** Prints a unit price exactly, without exponent. */
  static String unitPrice(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
