package dev.billsim.workload;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Generates a non-homogeneous Poisson process exactly, by thinning (Lewis and Shedler, 1979):
 * candidates arrive as a homogeneous Poisson process at the window's bound M, and each is kept with
 * probability rate(t) / M.
 *
 * <p>No piecewise approximation: the kept arrivals form a Poisson process with exactly the given
 * rate function. The bound is per window (an hour, a stage), so few candidates are wasted. When a
 * candidate falls past its window, generation restarts at the window's end with the next window's
 * bound, which is exact because the exponential gap is memoryless. A window whose rate equals its
 * bound keeps every candidate without drawing.
 */
final class ThinnedPoissonArrivals implements ArrivalProcess {
  private final RateFunction rate;
  private final long horizonNanos;
  private final UniformRandomProvider random;
  private final ZigguratSampler.Exponential unitGap;
  private long timeNanos;

  ThinnedPoissonArrivals(RateFunction rate, long horizonNanos, UniformRandomProvider random) {
    this.rate = rate;
    this.horizonNanos = horizonNanos;
    this.random = random;
    this.unitGap = ZigguratSampler.Exponential.of(random);
  }

  @Override
  public long nextArrivalNanos() {
    while (timeNanos < horizonNanos) {
      long windowEnd = Math.min(rate.windowEndNanos(timeNanos), horizonNanos);
      double bound = rate.boundPerNanos(timeNanos);
      if (bound <= 0) {
        timeNanos = windowEnd;
        continue;
      }
      double gap = unitGap.sample() / bound;
      if (timeNanos + gap >= windowEnd) {
        timeNanos = windowEnd;
        continue;
      }
      timeNanos += (long) (gap + 0.5);
      double keep = rate.perNanos(timeNanos) / bound;
      if (keep >= 1 || random.nextDouble() < keep) {
        return timeNanos;
      }
    }
    timeNanos = NONE;
    return NONE;
  }
}
