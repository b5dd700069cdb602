package dev.billsim.meter;

/**
 * Summarises end-to-end latency (arrival to completion) in nanoseconds.
 *
 * <p>The mean and the maximum are exact; percentiles come from an HdrHistogram with three
 * significant digits: each is the highest value equivalent to the recorded one at that precision,
 * so it is at most 0.1% above it.
 */
public record LatencySummary(
    double meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long p999Nanos, long maxNanos) {

  /** The summary of no requests at all. */
  public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);
}
