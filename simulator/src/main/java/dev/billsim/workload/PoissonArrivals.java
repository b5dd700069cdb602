package dev.billsim.workload;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Generates a homogeneous Poisson process: independent exponential gaps with mean 1/rate.
 *
 * <p>Each gap is rounded to the nearest nanosecond before it is added, so the rounding errors are
 * unbiased and do not drift the rate; arrivals at or after the horizon end the process.
 */
final class PoissonArrivals implements ArrivalProcess {
  private final ZigguratSampler.Exponential gapNanos;
  private final long horizonNanos;
  private long timeNanos;

  PoissonArrivals(Rate rate, long horizonNanos, UniformRandomProvider random) {
    this.gapNanos = ZigguratSampler.Exponential.of(random, rate.meanIntervalNanos());
    this.horizonNanos = horizonNanos;
  }

  @Override
  public long nextArrivalNanos() {
    if (timeNanos == NONE) {
      return NONE;
    }
    timeNanos += (long) (gapNanos.sample() + 0.5);
    if (timeNanos >= horizonNanos) {
      timeNanos = NONE;
    }
    return timeNanos;
  }
}
