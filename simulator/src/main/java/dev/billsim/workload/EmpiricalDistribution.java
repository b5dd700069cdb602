package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Describes a duration distribution measured rather than assumed: a quantile function, linear
 * between points, from a data column (every value a point) or a table of percentiles.
 *
 * @param probabilities rising from exactly 0 to exactly 1
 * @param quantilesNanos the value at each probability, never falling
 * @param source where the points came from, e.g. {@code data/llmperf.json:ttft_s (150 values)}
 */
public record EmpiricalDistribution(
    List<Double> probabilities, List<Long> quantilesNanos, long capNanos, String source)
    implements DurationDistribution {

  /** Checks the points. */
  public EmpiricalDistribution {
    probabilities = List.copyOf(probabilities);
    quantilesNanos = List.copyOf(quantilesNanos);
    Objects.requireNonNull(source, "source");
    if (probabilities.size() != quantilesNanos.size() || probabilities.isEmpty()) {
      throw new IllegalArgumentException("need as many probabilities as quantiles, at least one");
    }
    if (probabilities.get(0) != 0.0 || probabilities.get(probabilities.size() - 1) != 1.0) {
      throw new IllegalArgumentException("probabilities must run from 0 to 1");
    }
    for (int i = 1; i < probabilities.size(); i++) {
      if (probabilities.get(i) <= probabilities.get(i - 1)) {
        throw new IllegalArgumentException("probabilities must rise");
      }
      if (quantilesNanos.get(i) < quantilesNanos.get(i - 1)) {
        throw new IllegalArgumentException("quantiles must not fall");
      }
    }
    if (quantilesNanos.get(0) < 0) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (capNanos <= 0) {
      throw new IllegalArgumentException("cap must be positive: " + capNanos);
    }
  }

  /** Returns the distribution of a data set: each value a point, at p = i / (n - 1). */
  public static EmpiricalDistribution ofData(long[] valuesNanos, long capNanos, String source) {
    long[] sorted = valuesNanos.clone();
    Arrays.sort(sorted);
    Double[] probabilities = new Double[sorted.length];
    Long[] quantiles = new Long[sorted.length];
    if (sorted.length == 1) {
      // One value: a distribution with all its mass there, written as two equal points.
      return new EmpiricalDistribution(
          List.of(0.0, 1.0), List.of(sorted[0], sorted[0]), capNanos, source);
    }
    for (int i = 0; i < sorted.length; i++) {
      probabilities[i] = i == sorted.length - 1 ? 1.0 : i / (double) (sorted.length - 1);
      quantiles[i] = sorted[i];
    }
    return new EmpiricalDistribution(List.of(probabilities), List.of(quantiles), capNanos, source);
  }

  @Override
  public RealDistribution distribution() {
    return quantileFunction();
  }

  /** Inverts the quantile function at one uniform draw: exact, and one binary search. */
  @Override
  public ContinuousSampler uncappedSampler(UniformRandomProvider random) {
    QuantileFunctionDistribution q = quantileFunction();
    return () -> q.inverseCumulativeProbability(random.nextDouble());
  }

  @Override
  public double cappedMeanNanos(double cap) {
    return quantileFunction()
        .cappedMean(Math.min(cap, Math.min(capNanos, DurationSampler.MAX_SAMPLE_NANOS)));
  }

  @Override
  public String describe() {
    String capped = capNanos == NO_CAP ? "" : ", max=" + SimTime.format(capNanos);
    return "empirical{" + source + capped + "}";
  }

  private QuantileFunctionDistribution quantileFunction() {
    double[] p = new double[probabilities.size()];
    double[] x = new double[probabilities.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = probabilities.get(i);
      x[i] = quantilesNanos.get(i);
    }
    return new QuantileFunctionDistribution(p, x);
  }
}
