package dev.billsim.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * States the mean of {@code n} independent observations and its two-sided confidence interval from
 * Student's t: mean ± t(1 - (1 - level) / 2, n - 1) x s / sqrt(n).
 *
 * <p>With a single observation there is no interval: {@link #low} and {@link #high} equal the mean
 * and {@link #hasInterval} is false.
 *
 * @param mean the sample mean
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param n the number of observations
 */
public record Interval(BigDecimal mean, BigDecimal low, BigDecimal high, int n) {
  /** The confidence level of every interval billsim reports. */
  public static final double LEVEL = 0.95;

  /** The precision of every statistic: 34 significant digits. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** Checks the parts. */
  public Interval {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (n < 1 || low.compareTo(mean) > 0 || high.compareTo(mean) < 0) {
      throw new IllegalArgumentException("bad interval " + low + " <= " + mean + " <= " + high);
    }
  }

  /** Returns the mean and 95% interval of the observations. */
  public static Interval of(List<BigDecimal> observations) {
    return of(observations, LEVEL);
  }

  /** Returns the mean and the interval at {@code level} (0 to 1) of the observations. */
  public static Interval of(List<BigDecimal> observations, double level) {
    int n = observations.size();
    if (n == 0) {
      throw new IllegalArgumentException("no observations");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal x : observations) {
      sum = sum.add(x);
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(n), CONTEXT);
    if (n == 1) {
      return new Interval(mean, mean, mean, 1);
    }
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal x : observations) {
      BigDecimal d = x.subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    BigDecimal variance = squares.divide(BigDecimal.valueOf(n - 1), CONTEXT);
    BigDecimal standardError = variance.divide(BigDecimal.valueOf(n), CONTEXT).sqrt(CONTEXT);
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    BigDecimal half = standardError.multiply(new BigDecimal(t), CONTEXT);
    return new Interval(mean, mean.subtract(half), mean.add(half), n);
  }

  /** Returns whether there is an interval: at least two observations. */
  public boolean hasInterval() {
    return n > 1;
  }

  /** Returns half the interval's width. */
  public BigDecimal halfWidth() {
    return high.subtract(low).divide(BigDecimal.valueOf(2), CONTEXT);
  }

  /** Returns whether the interval holds {@code value}, ends included. */
  public boolean contains(BigDecimal value) {
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  /** Returns whether the interval holds zero: a difference not shown to be real. */
  public boolean holdsZero() {
    return contains(BigDecimal.ZERO);
  }
}
