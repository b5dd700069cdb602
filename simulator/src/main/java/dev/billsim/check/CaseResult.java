package dev.billsim.check;

import dev.billsim.stats.Interval;
import java.math.BigDecimal;

/**
 * States one quantity of one case after its replications: the theory, the simulated mean with its
 * 95% interval, and whether they agree.
 *
 * <p>A quantity passes when theory lies within the interval widened by the quantity's relative
 * tolerance: {@code |mean - theory| <= half-width + tolerance x |theory|}. The interval alone would
 * fail one check in twenty by chance; the tolerance alone would ignore how sure the simulation is.
 */
public record CaseResult(String caseName, Quantity quantity, Interval simulated) {
  /** Returns (mean - theory) / theory, or the difference itself where theory is zero. */
  public double relativeError() {
    double mean = simulated.mean().doubleValue();
    double theory = quantity.theory();
    return theory == 0 ? mean : (mean - theory) / Math.abs(theory);
  }

  /** Returns whether the simulation agrees with theory: see the class comment. */
  public boolean passed() {
    BigDecimal theory = new BigDecimal(quantity.theory());
    BigDecimal allowed =
        simulated
            .halfWidth()
            .add(theory.abs().multiply(new BigDecimal(quantity.relativeTolerance())));
    return simulated.mean().subtract(theory).abs().compareTo(allowed) <= 0;
  }
}
