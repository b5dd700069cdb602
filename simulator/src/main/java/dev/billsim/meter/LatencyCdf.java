package dev.billsim.meter;

import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * States the distribution of end-to-end latency as a cumulative distribution function: the latency
 * at each of a fixed list of shares, from the fastest request to the slowest.
 *
 * <p>The shares are the same for every run ({@link #SHARES}), so a report can draw or compare
 * distributions point by point. They step by 1% and then thin out into the tail (99.5%, 99.9%,
 * 99.95%, 99.99%), where a CDF on a log axis has its interesting shape. Values come from the same
 * HdrHistogram as {@link LatencySummary}, with the same precision (three significant digits); share
 * 0 is the fastest request, share 1 the slowest, both exact.
 */
public final class LatencyCdf {
  private static final double[] SHARES = shares();

  /** The distribution of no requests: no points. */
  public static final LatencyCdf EMPTY = new LatencyCdf(new long[0]);

  private final long[] nanos;

  private LatencyCdf(long[] nanos) {
    this.nanos = nanos;
  }

  /**
   * Reads the distribution from a histogram of latencies, with the exact fastest and slowest
   * requests; empty when the histogram is. Each point is the histogram's {@link
   * Histogram#getValueAtPercentile} at its share, read in one pass over the recorded values: asked
   * share by share, the histogram walked its counts from the start 103 times per run, a tenth of
   * the simulating threads' time in the bundled memory sweep.
   */
  static LatencyCdf of(Histogram histogram, long minNanos, long maxNanos) {
    long total = histogram.getTotalCount();
    if (total == 0) {
      return EMPTY;
    }
    long[] nanos = new long[SHARES.length];
    int last = SHARES.length - 1;
    nanos[0] = minNanos;
    int point = 1;
    long wanted = countAt(SHARES[point] * 100, total);
    for (HistogramIterationValue value : histogram.recordedValues()) {
      while (point < last && wanted <= value.getTotalCountToThisValue()) {
        // Capped at the maximum: a percentile is the highest value equivalent to the recorded one.
        nanos[point] = Math.min(maxNanos, value.getValueIteratedTo());
        if (++point < last) {
          wanted = countAt(SHARES[point] * 100, total);
        }
      }
      if (point == last) {
        break;
      }
    }
    nanos[last] = maxNanos;
    return new LatencyCdf(nanos);
  }

  /**
   * Returns how many of {@code total} values lie at or below a percentile's value, reckoned as
   * HdrHistogram 2.2.2's {@code getValueAtPercentile} reckons it (one ulp below the percentile,
   * rounded up, at least one), so that both find the same value.
   */
  static long countAt(double percentile, long total) {
    double requested =
        Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0), 100.0);
    return Math.max((long) Math.ceil((requested * total) / 100.0), 1);
  }

  /**
   * Returns the distribution with these latencies at the {@link #shareCount()} shares (or none):
   * one read back from where another process wrote it ({@link #nanos(int)} for each share).
   *
   * @throws IllegalArgumentException if there are neither none nor one per share, or they fall
   */
  public static LatencyCdf ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return EMPTY;
    }
    if (nanos.length != SHARES.length) {
      throw new IllegalArgumentException(
          "a latency distribution has " + SHARES.length + " points or none: " + nanos.length);
    }
    for (int i = 1; i < nanos.length; i++) {
      if (nanos[i] < nanos[i - 1] || nanos[i - 1] < 0) {
        throw new IllegalArgumentException("a latency distribution never falls: at " + i);
      }
    }
    return new LatencyCdf(nanos.clone());
  }

  /** Returns the number of points: 0 for no requests, else {@link #shareCount()}. */
  public int size() {
    return nanos.length;
  }

  /** Returns the number of shares every non-empty distribution has a point at. */
  public static int shareCount() {
    return SHARES.length;
  }

  /** Returns the share of requests at point {@code i}, from 0 to 1. */
  public static double share(int i) {
    return SHARES[i];
  }

  /** Returns the latency at point {@code i}: that share of requests took at most this long. */
  public long nanos(int i) {
    return nanos[i];
  }

  private static double[] shares() {
    double[] tail = {0.995, 0.999, 0.9995, 0.9999, 1.0};
    double[] shares = new double[100 + tail.length];
    for (int i = 0; i < 100; i++) {
      shares[i] = i / 100.0;
    }
    System.arraycopy(tail, 0, shares, 100, tail.length);
    return shares;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LatencyCdf cdf && Arrays.equals(nanos, cdf.nanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nanos);
  }

  @Override
  public String toString() {
    return "LatencyCdf" + Arrays.toString(nanos);
  }
}
