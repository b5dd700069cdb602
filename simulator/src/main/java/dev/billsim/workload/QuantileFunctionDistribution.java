package dev.billsim.workload;

import java.util.Arrays;
import org.apache.commons.math3.distribution.AbstractRealDistribution;

/**
 * Describes a distribution given by its quantile function, linear between points (p_i, x_i) with
 * p_0 = 0 and p_n = 1: an empirical distribution from data (x_i the sorted values, p_i = i / n-1)
 * or from a table of percentiles.
 *
 * <p>Sampling inverts the quantile function at a uniform draw: exact for this distribution, one
 * random number and one binary search per sample, no allocation. A data set reproduces its own
 * percentiles exactly and interpolates between neighbouring values instead of repeating them.
 */
final class QuantileFunctionDistribution extends AbstractRealDistribution {
  private static final long serialVersionUID = 1L;

  private final double[] probabilities;
  private final double[] values;

  /**
   * Creates the distribution; {@code probabilities} rise from 0 to 1, {@code values} never fall.
   */
  QuantileFunctionDistribution(double[] probabilities, double[] values) {
    super(null);
    this.probabilities = probabilities.clone();
    this.values = values.clone();
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    int i = Arrays.binarySearch(probabilities, p);
    if (i >= 0) {
      return values[i];
    }
    int upper = -i - 1; // probabilities[upper - 1] < p < probabilities[upper]
    if (upper >= probabilities.length) {
      return values[values.length - 1];
    }
    int lower = upper - 1;
    double fraction = (p - probabilities[lower]) / (probabilities[upper] - probabilities[lower]);
    return values[lower] + fraction * (values[upper] - values[lower]);
  }

  @Override
  public double cumulativeProbability(double x) {
    if (x < values[0]) {
      return 0;
    }
    if (x >= values[values.length - 1]) {
      return 1;
    }
    // The last point whose value is <= x; between it and the next, p rises linearly with x.
    int i = values.length - 1;
    while (values[i] > x) {
      i--;
    }
    if (values[i + 1] == values[i]) {
      return probabilities[i + 1];
    }
    double fraction = (x - values[i]) / (values[i + 1] - values[i]);
    return probabilities[i] + fraction * (probabilities[i + 1] - probabilities[i]);
  }

  @Override
  public double density(double x) {
    for (int i = 0; i + 1 < values.length; i++) {
      if (x >= values[i] && x < values[i + 1]) {
        return (probabilities[i + 1] - probabilities[i]) / (values[i + 1] - values[i]);
      }
    }
    return 0;
  }

  /** Returns the integral of the quantile function: each segment's mean value times its width. */
  @Override
  public double getNumericalMean() {
    return cappedMean(Double.POSITIVE_INFINITY);
  }

  /** Returns E[min(X, c)] exactly: each segment clipped at c, integrated in closed form. */
  double cappedMean(double cap) {
    double mean = 0;
    for (int i = 0; i + 1 < values.length; i++) {
      double width = probabilities[i + 1] - probabilities[i];
      double a = values[i];
      double b = values[i + 1];
      if (b <= cap) {
        mean += width * (a + b) / 2;
      } else if (a >= cap) {
        mean += width * cap;
      } else {
        // Q rises linearly from a to b; it passes the cap at fraction f of the segment.
        double f = (cap - a) / (b - a);
        mean += width * (f * (a + cap) / 2 + (1 - f) * cap);
      }
    }
    return mean;
  }

  @Override
  public double getNumericalVariance() {
    // E[X^2] of a linear piece from a to b over width w is w (a^2 + ab + b^2) / 3.
    double second = 0;
    for (int i = 0; i + 1 < values.length; i++) {
      double a = values[i];
      double b = values[i + 1];
      second += (probabilities[i + 1] - probabilities[i]) * (a * a + a * b + b * b) / 3;
    }
    double mean = getNumericalMean();
    return second - mean * mean;
  }

  @Override
  public double getSupportLowerBound() {
    return values[0];
  }

  @Override
  public double getSupportUpperBound() {
    return values[values.length - 1];
  }

  @Override
  public boolean isSupportLowerBoundInclusive() {
    return true;
  }

  @Override
  public boolean isSupportUpperBoundInclusive() {
    return true;
  }

  @Override
  public boolean isSupportConnected() {
    return true;
  }
}
