package dev.billsim.importer;

/**
 * Measures the arrival rate's shape from recorded arrivals: the mean rate in each hour of the week
 * (Monday 00:00 UTC first), over the hours the data covers. Data spanning less than a week gives
 * the shape of a day instead (each hour of the day over the days covered); an hour the data never
 * covers takes the overall mean rate.
 */
final class RateProfile {
  private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
  private static final long HOURS_PER_WEEK = 168;
  private static final long NANOS_PER_WEEK = HOURS_PER_WEEK * NANOS_PER_HOUR;

  private final long[] weekCounts = new long[(int) HOURS_PER_WEEK];
  private long first = Long.MIN_VALUE;
  private long last;
  private long count;

  /** Records an arrival at {@code epochNanos} (arrivals come in time order). */
  void add(long epochNanos) {
    if (first == Long.MIN_VALUE) {
      first = epochNanos;
    }
    last = epochNanos;
    weekCounts[hourOfWeek(epochNanos)]++;
    count++;
  }

  /** Returns whether the data covers a whole week, so the profile has 168 hours, else 24. */
  boolean weekly() {
    return last - first >= NANOS_PER_WEEK;
  }

  /** Returns the mean rate per second of each hour of the week (168) or of the day (24). */
  double[] ratesPerSecond() {
    int slots = weekly() ? (int) HOURS_PER_WEEK : 24;
    double[] covered = new double[slots];
    long[] counts = new long[slots];
    for (int h = 0; h < HOURS_PER_WEEK; h++) {
      counts[h % slots] += weekCounts[h];
    }
    // Each hour from the first arrival to the last covers its slot, partly at either end.
    for (long hourStart = Math.floorDiv(first, NANOS_PER_HOUR) * NANOS_PER_HOUR;
        hourStart <= last;
        hourStart += NANOS_PER_HOUR) {
      long from = Math.max(first, hourStart);
      long to = Math.min(last, hourStart + NANOS_PER_HOUR);
      covered[hourOfWeek(hourStart) % slots] += Math.max(1, to - from) / 1e9;
    }
    double meanPerSecond = count / Math.max(1e-9, (last - first) / 1e9);
    double[] rates = new double[slots];
    for (int s = 0; s < slots; s++) {
      rates[s] = covered[s] > 0 ? counts[s] / Math.max(covered[s], 1.0) : meanPerSecond;
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
