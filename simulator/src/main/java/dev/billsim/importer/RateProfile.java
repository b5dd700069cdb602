package dev.billsim.importer;

import java.util.Arrays;

/**
 * Measures the arrival rate's shape from recorded arrivals: the mean rate in each hour of the week
 * (Monday 00:00 UTC first), over the hours the data covers. Data spanning less than a week gives
 * the shape of a day instead (each hour of the day over the days covered). The first and last hours
 * count only when the data covers at least half of them (a few seconds of an hour say little of its
 * rate); an hour the data never covers takes the overall mean rate.
 */
final class RateProfile {
  private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
  private static final long HOURS_PER_WEEK = 168;
  private static final long NANOS_PER_WEEK = HOURS_PER_WEEK * NANOS_PER_HOUR;

  /** Arrivals per hour since the first arrival's hour: grows with the data's span. */
  private long[] hourCounts = new long[256];

  private long first = Long.MIN_VALUE;
  private long firstHour;
  private long last;
  private long count;

  /** Records an arrival at {@code epochNanos} (arrivals come in time order). */
  void add(long epochNanos) {
    if (first == Long.MIN_VALUE) {
      first = epochNanos;
      firstHour = Math.floorDiv(epochNanos, NANOS_PER_HOUR);
    }
    last = epochNanos;
    int hour = (int) (Math.floorDiv(epochNanos, NANOS_PER_HOUR) - firstHour);
    if (hour >= hourCounts.length) {
      hourCounts = Arrays.copyOf(hourCounts, Math.max(hour + 1, hourCounts.length * 2));
    }
    hourCounts[hour]++;
    count++;
  }

  /** Returns whether the data covers a whole week, so the profile has 168 hours, else 24. */
  boolean weekly() {
    return last - first >= NANOS_PER_WEEK;
  }

  /** Returns the mean rate per second of each hour of the week (168) or of the day (24). */
  double[] ratesPerSecond() {
    int slots = weekly() ? (int) HOURS_PER_WEEK : 24;
    double[] coveredSeconds = new double[slots];
    long[] counts = new long[slots];
    long lastHour = Math.floorDiv(last, NANOS_PER_HOUR);
    for (long h = firstHour; h <= lastHour; h++) {
      long start = h * NANOS_PER_HOUR;
      long covered = Math.min(last, start + NANOS_PER_HOUR) - Math.max(first, start);
      if (covered * 2 < NANOS_PER_HOUR) {
        continue;
      }
      int slot = hourOfWeek(start) % slots;
      coveredSeconds[slot] += covered / 1e9;
      counts[slot] += hourCounts[(int) (h - firstHour)];
    }
    double meanPerSecond = count / Math.max(1e-9, (last - first) / 1e9);
    double[] rates = new double[slots];
    for (int s = 0; s < slots; s++) {
      rates[s] = coveredSeconds[s] > 0 ? counts[s] / coveredSeconds[s] : meanPerSecond;
    }
    return rates;
  }

  /** Returns the hour of the week of an instant, Monday 00:00 UTC being hour 0. */
  static int hourOfWeek(long epochNanos) {
    long hours = Math.floorDiv(epochNanos, NANOS_PER_HOUR);
    // 1 January 1970 was a Thursday: three days after a Monday.
    return (int) Math.floorMod(hours + 3 * 24, HOURS_PER_WEEK);
  }
}
