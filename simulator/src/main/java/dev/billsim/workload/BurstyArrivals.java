package dev.billsim.workload;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Generates a two-state Markov-modulated Poisson process (MMPP-2): a calm state and a burst state,
 * each held for an exponentially distributed time, with Poisson arrivals at the state's rate.
 *
 * <p>Exact by construction: in a state with rate r and time left T, the next arrival is an
 * exponential gap G at rate r if G < T; otherwise the state changes at T and, the gap being
 * memoryless, generation restarts there. The first state is drawn from the stationary distribution
 * (burst with probability burstTime / (calmTime + burstTime)), so the process is stationary from
 * time zero and its mean rate is the time-weighted mean of the two rates.
 */
final class BurstyArrivals implements ArrivalProcess {
  private final double[] ratePerNanos;
  private final double[] meanStateNanos;
  private final long horizonNanos;
  private final ZigguratSampler.Exponential unitExponential;
  private int state;
  private double timeNanos;
  private double stateEndNanos;

  BurstyArrivals(ArrivalSpec.Bursty spec, long horizonNanos, UniformRandomProvider random) {
    this.ratePerNanos =
        new double[] {spec.calmRate().perSecond() / 1e9, spec.burstRate().perSecond() / 1e9};
    this.meanStateNanos = new double[] {spec.calmTimeNanos(), spec.burstTimeNanos()};
    this.horizonNanos = horizonNanos;
    this.unitExponential = ZigguratSampler.Exponential.of(random);
    double burstShare = meanStateNanos[1] / (meanStateNanos[0] + meanStateNanos[1]);
    this.state = random.nextDouble() < burstShare ? 1 : 0;
    this.stateEndNanos = exponential(meanStateNanos[state]);
  }

  @Override
  public long nextArrivalNanos() {
    while (timeNanos < horizonNanos) {
      double gap = exponential(1 / ratePerNanos[state]);
      if (timeNanos + gap < stateEndNanos) {
        timeNanos += gap;
        long arrival = (long) (timeNanos + 0.5);
        return arrival < horizonNanos ? arrival : stop();
      }
      timeNanos = stateEndNanos;
      state = 1 - state;
      stateEndNanos = timeNanos + exponential(meanStateNanos[state]);
    }
    return stop();
  }

  private long stop() {
    timeNanos = Double.POSITIVE_INFINITY;
    return NONE;
  }

  private double exponential(double mean) {
    return unitExponential.sample() * mean;
  }
}
