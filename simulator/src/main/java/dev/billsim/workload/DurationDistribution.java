package dev.billsim.workload;

import java.util.Map;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Describes how a duration is distributed, in nanoseconds: a named parametric kind, an empirical
 * distribution from data, or a weighted mixture of others; each with an optional cap on samples.
 */
public sealed interface DurationDistribution
    permits ParametricDistribution, EmpiricalDistribution, MixtureDistribution, ColumnDuration {

  /** The cap of an uncapped distribution. */
  long NO_CAP = Long.MAX_VALUE;

  /** Returns the cap: samples above it are replaced by it; {@link #NO_CAP} for none. */
  long capNanos();

  /** Returns the uncapped distribution in Commons Math form, for its CDF and moments. */
  RealDistribution distribution();

  /** Returns a sampler of the uncapped distribution, drawing from {@code random}. */
  ContinuousSampler uncappedSampler(UniformRandomProvider random);

  /** Returns E[min(X, c)] for the capped sample X and a further cap c, in nanoseconds. */
  double cappedMeanNanos(double capNanos);

  /**
   * Describes the distribution as written in a scenario file, e.g. {@code lognormal{median=2.5s}}.
   */
  String describe();

  /** Returns the expected sample in nanoseconds, taking the cap into account. */
  default double meanNanos() {
    return cappedMeanNanos(DurationSampler.MAX_SAMPLE_NANOS);
  }

  /** Binds the distribution to a random stream: samples in nanoseconds, capped. */
  default DurationSampler sampler(UniformRandomProvider random) {
    return new DurationSampler(uncappedSampler(random), capNanos());
  }

  /** Returns a fixed duration. */
  static DurationDistribution fixed(long nanos) {
    return new ParametricDistribution(DistributionKind.FIXED, Map.of("value", nanos), NO_CAP);
  }
}
