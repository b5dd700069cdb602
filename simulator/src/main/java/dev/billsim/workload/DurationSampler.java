package dev.billsim.workload;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Draws durations in whole nanoseconds from one distribution bound to one random stream.
 *
 * <p>A fixed duration draws no random number at all. Samples are rounded to the nearest nanosecond,
 * negative ones (none of the distributions produce them) become zero, and samples above the cap
 * become the cap.
 */
public final class DurationSampler {
  /**
   * The longest single sample, 10^17 ns (3.2 years): far beyond any request or connection, and
   * small enough that a few of them added to any simulated time stay inside a {@code long}.
   */
  public static final long MAX_SAMPLE_NANOS = 100_000_000_000_000_000L;

  private final ContinuousSampler distribution;
  private final double capNanos;

  DurationSampler(ContinuousSampler distribution, long capNanos) {
    this.distribution = distribution;
    this.capNanos = Math.min(capNanos, MAX_SAMPLE_NANOS);
  }

  /** Returns the next duration, rounded to the nearest nanosecond and capped. */
  public long sampleNanos() {
    double x = distribution.sample();
    if (x >= capNanos) {
      return (long) capNanos;
    }
    return x <= 0 ? 0 : (long) (x + 0.5);
  }
}
