package dev.billsim.check;

import dev.billsim.run.RunResult;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One number a validation case checks: how to read it from a run, the value theory gives, and the
 * relative slack allowed on top of the statistical interval (for a model's known approximations,
 * such as requests still in flight at the horizon).
 *
 * @param name what is measured, with its unit, e.g. "mean wait (s)"
 * @param theory the closed-form value
 * @param relativeTolerance the share of {@code theory} allowed beyond the interval's half-width
 * @param measure reads the quantity from one replication
 */
public record Quantity(
    String name, double theory, double relativeTolerance, ToDoubleFunction<RunResult> measure) {
  /** Checks the parts. */
  public Quantity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(measure, "measure");
    if (!(relativeTolerance >= 0) || !Double.isFinite(theory)) {
      throw new IllegalArgumentException("bad quantity " + name);
    }
  }
}
