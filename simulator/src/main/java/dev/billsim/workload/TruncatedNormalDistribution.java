package dev.billsim.workload;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws a normal distribution truncated at zero: the normal conditioned on being non-negative.
 *
 * <p>Durations cannot be negative, and clamping negative draws to zero would pile probability at
 * zero; truncation renormalises instead. Sampling rejects negative draws while at least a quarter
 * of the mass is non-negative (at most four tries on average), and inverts the CDF otherwise.
 */
final class TruncatedNormalDistribution extends AbstractRealDistribution {
  private static final long serialVersionUID = 1L;
  private static final double REJECTION_MIN_MASS = 0.25;

  private final NormalDistribution normal;
  private final double mean;
  private final double sd;
  private final double massBelowZero;
  private final double massAboveZero;

  /** Creates the distribution of N(mean, sd^2) conditioned on x >= 0. */
  TruncatedNormalDistribution(double mean, double sd) {
    super(null);
    if (!(sd > 0)) {
      throw new IllegalArgumentException("sd must be positive: " + sd);
    }
    this.normal = new NormalDistribution(null, mean, sd);
    this.mean = mean;
    this.sd = sd;
    this.massBelowZero = normal.cumulativeProbability(0);
    this.massAboveZero = 1 - massBelowZero;
    if (!(massAboveZero > 0)) {
      throw new IllegalArgumentException(
          "no probability mass above zero: mean " + mean + ", sd " + sd);
    }
  }

  @Override
  public double density(double x) {
    return x < 0 ? 0 : normal.density(x) / massAboveZero;
  }

  @Override
  public double cumulativeProbability(double x) {
    return x <= 0 ? 0 : (normal.cumulativeProbability(x) - massBelowZero) / massAboveZero;
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return Math.max(0, normal.inverseCumulativeProbability(massBelowZero + p * massAboveZero));
  }

  /** Returns mu + sigma phi(alpha) / Z with alpha = -mu/sigma and Z = 1 - Phi(alpha). */
  @Override
  public double getNumericalMean() {
    double alpha = -mean / sd;
    return mean + sd * standardDensity(alpha) / massAboveZero;
  }

  /** Returns sigma^2 (1 + alpha phi(alpha) / Z - (phi(alpha) / Z)^2). */
  @Override
  public double getNumericalVariance() {
    double alpha = -mean / sd;
    double ratio = standardDensity(alpha) / massAboveZero;
    return sd * sd * (1 + alpha * ratio - ratio * ratio);
  }

  @Override
  public double getSupportLowerBound() {
    return 0;
  }

  @Override
  public double getSupportUpperBound() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public boolean isSupportLowerBoundInclusive() {
    return true;
  }

  @Override
  public boolean isSupportUpperBoundInclusive() {
    return false;
  }

  @Override
  public boolean isSupportConnected() {
    return true;
  }

  /**
   * Returns a sampler drawing from {@code random}: ziggurat normals, rejecting negative ones, or
   * inversion when less than a quarter of the mass is non-negative.
   */
  ContinuousSampler sampler(UniformRandomProvider random) {
    if (massAboveZero < REJECTION_MIN_MASS) {
      return () -> inverseCumulativeProbability(random.nextDouble());
    }
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(random);
    return () -> {
      double x;
      do {
        x = mean + sd * z.sample();
      } while (x < 0);
      return x;
    };
  }

  private static double standardDensity(double z) {
    return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  }
}
