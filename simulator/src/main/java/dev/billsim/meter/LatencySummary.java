package dev.billsim.meter;

/**
 * Summarises end-to-end latency (arrival to completion) in nanoseconds.
 *
 * <p>The mean is exact; percentiles and the maximum come from an HdrHistogram with three
 * significant digits, so they are within 0.1% of the recorded values.
 */
public record LatencySummary(
    double meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long p999Nanos, long maxNanos) {

  /** The summary of no requests at all. */
  public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);
}
