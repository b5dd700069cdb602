package dev.billsim.workload;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.RealDistribution;

/** Computes moments of distributions that have no closed form here. */
final class Distributions {
  private Distributions() {}

  /** Returns E[min(X, c)] for a non-negative X: the integral over [0, c] of P(X > x). */
  static double cappedMean(RealDistribution d, double cap) {
    // Past the (1 - 1e-12) quantile the cap changes the mean by less than 1e-12 of it.
    if (cap >= d.inverseCumulativeProbability(1 - 1e-12)) {
      return d.getNumericalMean();
    }
    return new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-6)
        .integrate(100_000, x -> 1 - d.cumulativeProbability(x), 0, cap);
  }
}
