package dev.billsim.workload;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Describes how a count is distributed: interactions in a user session, or output tokens of an LLM
 * call. Counts are whole numbers; each kind says its support.
 */
public sealed interface CountDistribution {
  /** Returns the expected count. */
  double mean();

  /** Describes the count as written in a scenario file. */
  String describe();

  /**
   * Binds the distribution to a random stream; {@code attributes} holds the current arrival's trace
   * columns (read by {@link Column}) and {@code columns} their names in order.
   */
  CountSampler sampler(UniformRandomProvider random, List<String> columns, double[] attributes);

  /** Always the same count. */
  record Fixed(long value) implements CountDistribution {
    /** Checks a non-negative count. */
    public Fixed {
      if (value < 0) {
        throw new IllegalArgumentException("a count must not be negative: " + value);
      }
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public String describe() {
      return Long.toString(value);
    }

    @Override
    public CountSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      return () -> value;
    }
  }

  /**
   * Geometric on 1, 2, 3, ...: the number of trials up to the first success with probability 1 /
   * mean, P(n) = p (1 - p)^(n - 1). Memoryless: after each interaction a user leaves with the same
   * probability, the usual model of session length.
   */
  record Geometric(double mean) implements CountDistribution {
    /** Checks a mean of at least 1. */
    public Geometric {
      if (!(mean >= 1) || Double.isInfinite(mean)) {
        throw new IllegalArgumentException("a geometric count needs a finite mean >= 1: " + mean);
      }
    }

    @Override
    public String describe() {
      return "geometric{mean=" + mean + "}";
    }

    /**
     * Samples by inversion: 1 + floor(ln(1 - U) / ln(1 - p)) is geometric on 1, 2, ... for U
     * uniform on [0, 1). Written out because Commons Math's GeometricDistribution samples through
     * FastMath.log1p, which allocates an array per call.
     */
    @Override
    public CountSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      double p = 1 / mean;
      if (p >= 1) {
        return () -> 1;
      }
      double logFailure = Math.log1p(-p);
      return () -> 1 + (long) Math.floor(Math.log1p(-random.nextDouble()) / logFailure);
    }
  }

  /** Uniform on the whole numbers from min to max, both included. */
  record Uniform(long min, long max) implements CountDistribution {
    /** Checks 0 <= min <= max. */
    public Uniform {
      if (min < 0 || max < min || max > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "a uniform count needs 0 <= min <= max: " + min + ", " + max);
      }
    }

    @Override
    public double mean() {
      return (min + max) / 2.0;
    }

    @Override
    public String describe() {
      return "uniform{min=" + min + ", max=" + max + "}";
    }

    @Override
    public CountSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      if (min == max) {
        return () -> min;
      }
      return () -> random.nextLong(min, max + 1);
    }
  }

  /**
   * The empirical distribution of counts in data: a quantile function linear between the sorted
   * values, rounded to the nearest whole number.
   *
   * @param values the quantile points, as an empirical distribution of plain numbers
   */
  record Empirical(EmpiricalDistribution values) implements CountDistribution {
    /** Checks that the data are present. */
    public Empirical {
      Objects.requireNonNull(values, "values");
    }

    @Override
    public double mean() {
      return values.meanNanos();
    }

    @Override
    public String describe() {
      return values.describe();
    }

    @Override
    public CountSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      DurationSampler numbers = values.sampler(random);
      return numbers::sampleNanos;
    }
  }

  /** The value of a column of the trace row that produced the current arrival. */
  record Column(String name) implements CountDistribution {
    /** Checks the name. */
    public Column {
      Objects.requireNonNull(name, "name");
    }

    /** Unknown before the trace is read: the mean of a column is not a property of the scenario. */
    @Override
    public double mean() {
      return Double.NaN;
    }

    @Override
    public String describe() {
      return "{column: " + name + "}";
    }

    @Override
    public CountSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      int index = columns.indexOf(name);
      if (index < 0) {
        throw new IllegalStateException("column " + name + " is not read from the trace");
      }
      return () -> Math.max(0, Math.round(attributes[index]));
    }
  }
}
