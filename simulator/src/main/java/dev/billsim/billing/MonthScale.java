package dev.billsim.billing;

import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Scales usage over a simulated horizon to one 730-hour billing month.
 *
 * <p>Scaling is exact when the horizon divides the month (a day does not: 730 h / 24 h =
 * 30.41666...); otherwise it keeps 34 significant digits (IEEE decimal128), far beyond a
 * micro-dollar.
 */
public record MonthScale(long horizonNanos, long monthNanos) {
  /** Checks a positive horizon. */
  public MonthScale {
    if (horizonNanos <= 0 || monthNanos <= 0) {
      throw new IllegalArgumentException("horizon and month must be positive");
    }
  }

  /** Returns month / horizon. */
  public BigDecimal factor() {
    return BigDecimal.valueOf(monthNanos)
        .divide(BigDecimal.valueOf(horizonNanos), MathContext.DECIMAL128);
  }

  /** Returns a quantity over the horizon scaled to a month: quantity x month / horizon. */
  public BigDecimal toMonth(BigDecimal quantity) {
    if (horizonNanos == monthNanos) {
      return quantity;
    }
    return quantity
        .multiply(BigDecimal.valueOf(monthNanos))
        .divide(BigDecimal.valueOf(horizonNanos), MathContext.DECIMAL128);
  }

  /** Returns whether the horizon is exactly one billing month. */
  public boolean isOneMonth() {
    return horizonNanos == monthNanos;
  }

  /** Returns the note a bill carries about scaling, or null when the horizon is a month. */
  public String note() {
    if (isOneMonth()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "usage over the %s horizon scaled x%s to a %s billing month before allowances and tiers",
        SimTime.format(horizonNanos),
        grouped(factor().round(new MathContext(6))),
        monthNanos == SimTime.NANOS_PER_MONTH ? "730 h" : SimTime.format(monthNanos));
  }

  /** Prints a decimal with thousands separators and no trailing zeros: 2,628,000 or 15.2083. */
  private static String grouped(BigDecimal value) {
    return Thousands.grouped(value.stripTrailingZeros());
  }
}
