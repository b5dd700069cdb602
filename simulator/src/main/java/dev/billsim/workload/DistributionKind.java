package dev.billsim.workload;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Lists the duration distributions a scenario may use: each constant is one distribution, its
 * scenario-file name, its accepted parameter sets, its Commons Math form (for the CDF and moments)
 * and its sampler.
 *
 * <p>Samplers come from Commons RNG: the exponential and the Gaussian behind the log-normal and
 * normal use the modified ziggurat of McFarland ("A modified ziggurat algorithm for generating
 * exponentially and normally distributed pseudorandom numbers", 2016), about one 64-bit draw and a
 * table look-up per sample, where Commons Math 3's exponential (Ahrens and Dieter's SA) and
 * Box-Muller Gaussian cost 25 to 30 ns. All parameters are durations in nanoseconds. Adding a
 * distribution is adding a constant.
 */
public enum DistributionKind {
  /** Always the same duration; written in a scenario as a bare duration such as {@code 3ms}. */
  FIXED("fixed", List.of(List.of("value"))) {
    @Override
    RealDistribution create(Map<String, Long> p) {
      return new ConstantRealDistribution(p.get("value"));
    }

    /** Draws no random number at all. */
    @Override
    ContinuousSampler sampler(Map<String, Long> p, UniformRandomProvider random) {
      double value = p.get("value");
      return () -> value;
    }

    @Override
    String check(Map<String, Long> p) {
      return p.get("value") >= 0 ? null : "value must not be negative";
    }
  },

  /** Exponential with the given mean: memoryless service or think times. */
  EXPONENTIAL("exponential", List.of(List.of("mean"))) {
    @Override
    RealDistribution create(Map<String, Long> p) {
      return new ExponentialDistribution(null, p.get("mean"));
    }

    @Override
    ContinuousSampler sampler(Map<String, Long> p, UniformRandomProvider random) {
      return ZigguratSampler.Exponential.of(random, p.get("mean"));
    }

    @Override
    String check(Map<String, Long> p) {
      return p.get("mean") > 0 ? null : "mean must be positive";
    }
  },

  /**
   * Log-normal, given by its median and 99th percentile (how latency is usually reported) or by its
   * mean and standard deviation.
   */
  LOGNORMAL("lognormal", List.of(List.of("median", "p99"), List.of("mean", "sd"))) {
    /** The 99th percentile of the standard normal distribution. */
    private static final double Z99 = 2.3263478740408408;

    @Override
    RealDistribution create(Map<String, Long> p) {
      double[] muSigma = muSigma(p);
      return new LogNormalDistribution(null, muSigma[0], muSigma[1]);
    }

    /** Returns e^(mu + sigma Z) for a ziggurat standard normal Z. */
    @Override
    ContinuousSampler sampler(Map<String, Long> p, UniformRandomProvider random) {
      double[] muSigma = muSigma(p);
      return LogNormalSampler.of(
          ZigguratSampler.NormalizedGaussian.of(random), muSigma[0], muSigma[1]);
    }

    /** Returns mu and sigma of the underlying normal distribution. */
    private double[] muSigma(Map<String, Long> p) {
      if (p.containsKey("median")) {
        // median = e^mu and p99 = e^(mu + z99 sigma).
        double mu = Math.log(p.get("median"));
        return new double[] {mu, (Math.log(p.get("p99")) - mu) / Z99};
      }
      // mean = e^(mu + sigma^2/2) and sd^2 = (e^(sigma^2) - 1) mean^2.
      double mean = p.get("mean");
      double sd = p.get("sd");
      double variance = Math.log1p((sd * sd) / (mean * mean));
      return new double[] {Math.log(mean) - variance / 2, Math.sqrt(variance)};
    }

    @Override
    String check(Map<String, Long> p) {
      if (p.containsKey("median")) {
        if (p.get("median") <= 0) {
          return "median must be positive";
        }
        return p.get("p99") > p.get("median") ? null : "p99 must be greater than median";
      }
      return p.get("mean") > 0 && p.get("sd") > 0 ? null : "mean and sd must be positive";
    }
  },

  /** Uniform between {@code min} and {@code max}. */
  UNIFORM("uniform", List.of(List.of("min", "max"))) {
    @Override
    RealDistribution create(Map<String, Long> p) {
      return new UniformRealDistribution(null, p.get("min"), p.get("max"));
    }

    @Override
    ContinuousSampler sampler(Map<String, Long> p, UniformRandomProvider random) {
      return ContinuousUniformSampler.of(random, p.get("min"), p.get("max"));
    }

    @Override
    String check(Map<String, Long> p) {
      if (p.get("min") < 0) {
        return "min must not be negative";
      }
      return p.get("max") > p.get("min") ? null : "max must be greater than min";
    }
  },

  /** Normal with the given mean and standard deviation, truncated at zero. */
  NORMAL("normal", List.of(List.of("mean", "sd"))) {
    @Override
    RealDistribution create(Map<String, Long> p) {
      return new TruncatedNormalDistribution(p.get("mean"), p.get("sd"));
    }

    @Override
    ContinuousSampler sampler(Map<String, Long> p, UniformRandomProvider random) {
      return new TruncatedNormalDistribution(p.get("mean"), p.get("sd")).sampler(random);
    }

    @Override
    String check(Map<String, Long> p) {
      if (p.get("sd") <= 0) {
        return "sd must be positive";
      }
      // Below mean = -8 sd the non-negative mass (6e-16) is lost in double precision.
      return p.get("mean") > -8 * p.get("sd") ? null : "mean is too far below zero for its sd";
    }
  };

  /** The key that caps the samples of any distribution that does not use it as a parameter. */
  public static final String CAP_KEY = "max";

  private final String key;
  private final List<List<String>> parameterSets;

  DistributionKind(String key, List<List<String>> parameterSets) {
    this.key = key;
    this.parameterSets = parameterSets;
  }

  /** Returns the scenario-file name of this distribution. */
  public String key() {
    return key;
  }

  /** Returns the accepted sets of parameter names; a distribution is given by exactly one set. */
  public List<List<String>> parameterSets() {
    return parameterSets;
  }

  /** Returns whether {@link #CAP_KEY} caps samples rather than naming a parameter. */
  public boolean acceptsCap() {
    return parameterSets.stream().noneMatch(set -> set.contains(CAP_KEY));
  }

  /**
   * Creates the Commons Math distribution (a constant one for a fixed duration), for its CDF and
   * moments; it draws no samples.
   */
  abstract RealDistribution create(Map<String, Long> parametersNanos);

  /** Creates a sampler of the distribution drawing from {@code random}. */
  abstract ContinuousSampler sampler(
      Map<String, Long> parametersNanos, UniformRandomProvider random);

  /** Returns what is wrong with valid-looking parameters, or null when they are fine. */
  abstract String check(Map<String, Long> parametersNanos);

  /** Returns the distribution with the given scenario-file name, or null. */
  public static DistributionKind byKey(String key) {
    for (DistributionKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
