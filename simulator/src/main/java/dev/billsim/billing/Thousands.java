package dev.billsim.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prints decimals with thousands separators: what {@code String.format(Locale.ROOT, "%,.Nf",
 * value)} prints for a {@link BigDecimal}, without the formatter. {@link java.util.Formatter}
 * builds a {@code DecimalFormat} for every grouped number it prints, so a report's thousands of
 * amounts cost tens of milliseconds of a short command (benchmarks/README.md, issue 21's eighth
 * round); this is its digits, copied.
 */
public final class Thousands {
  private Thousands() {}

  /**
   * Returns {@code value} rounded half up to {@code decimals} decimals, its integer digits grouped
   * by three with commas: {@code 2,628,000}, {@code -1,234.50}, {@code 0.125}; {@code -0} for a
   * negative value that rounds to zero, as the formatter prints it.
   */
  public static String grouped(BigDecimal value, int decimals) {
    // The formatter's own steps: the sign of the value, its magnitude rounded half up.
    String digits = grouped(value.abs().setScale(decimals, RoundingMode.HALF_UP));
    return value.signum() < 0 ? "-" + digits : digits;
  }

  /**
   * Returns {@code value} at its own scale (none when negative), as {@link #grouped(BigDecimal,
   * int)} prints it at that many decimals.
   */
  public static String grouped(BigDecimal value) {
    String plain = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    int first = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + (end - first) / 3);
    out.append(plain, 0, first);
    for (int i = first; i < end; i++) {
      if (i > first && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }
}
