package dev.billsim.engine;

import java.math.BigDecimal;

/** Names the units of simulated time, all in integer nanoseconds, and formats durations. */
public final class SimTime {
  public static final long NANOS_PER_MICROSECOND = 1_000L;
  public static final long NANOS_PER_MILLISECOND = 1_000_000L;
  public static final long NANOS_PER_SECOND = 1_000_000_000L;
  public static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
  public static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;
  public static final long NANOS_PER_DAY = 24 * NANOS_PER_HOUR;

  /**
   * The longest duration a scenario may give (2^61 ns, 73 years): twice it plus any time before
   * {@link #END_NANOS} still fits a {@code long}.
   */
  public static final long MAX_DURATION_NANOS = Long.MAX_VALUE / 4;

  /**
   * The end of simulated time (2^62 ns, 146 years): no event is scheduled later, so a time plus a
   * duration never overflows. A run whose work would end later fails with a {@link
   * SimulationLimitException}.
   */
  public static final long END_NANOS = Long.MAX_VALUE / 2;

  /** The billing month of every price in billsim: 730 hours, as AWS and Cloudflare bill. */
  public static final long NANOS_PER_MONTH = 730 * NANOS_PER_HOUR;

  private static final String[] UNITS = {"d", "h", "m", "s", "ms", "us"};
  private static final long[] UNIT_NANOS = {
    NANOS_PER_DAY,
    NANOS_PER_HOUR,
    NANOS_PER_MINUTE,
    NANOS_PER_SECOND,
    NANOS_PER_MILLISECOND,
    NANOS_PER_MICROSECOND
  };

  private SimTime() {}

  /**
   * Formats a duration in the largest unit that shows it exactly with at most three decimals:
   * {@code 2.5s}, {@code 300ms}, {@code 1.5d}, {@code 17ns}; whole billing months as {@code
   * 1month}.
   */
  public static String format(long nanos) {
    if (nanos > 0 && nanos % NANOS_PER_MONTH == 0) {
      return nanos / NANOS_PER_MONTH + "month"; // only whole months: 0.5 month reads better as 365h
    }
    for (int i = 0; i < UNITS.length; i++) {
      long unit = UNIT_NANOS[i];
      // Divisible by a thousandth of the unit: at most three decimals, so the division is exact.
      if (nanos >= unit && nanos % (unit / 1000) == 0) {
        return BigDecimal.valueOf(nanos)
                .divide(BigDecimal.valueOf(unit))
                .stripTrailingZeros()
                .toPlainString()
            + UNITS[i];
      }
    }
    return nanos + "ns";
  }

  /**
   * Formats a long span roughly, for messages: in years from 365 days ({@code 329 years}), in days
   * from one day ({@code 12.5 days}), else as {@link #format} does, to the millisecond.
   */
  public static String formatRoughly(double nanos) {
    double days = nanos / NANOS_PER_DAY;
    if (days >= 365) {
      double years = days / 365;
      return String.format(java.util.Locale.ROOT, years < 10 ? "%.1f years" : "%,.0f years", years);
    }
    if (days >= 1) {
      return String.format(java.util.Locale.ROOT, "%,.1f days", days);
    }
    long millis = Math.round(nanos / NANOS_PER_MILLISECOND);
    return millis == 0 ? format(Math.round(nanos)) : format(millis * NANOS_PER_MILLISECOND);
  }

  /** Returns seconds as a double, for display and statistics. */
  public static double seconds(long nanos) {
    return nanos / (double) NANOS_PER_SECOND;
  }
}
