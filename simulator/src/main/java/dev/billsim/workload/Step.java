package dev.billsim.workload;

import java.util.Objects;

/** Describes one step of a request: what it does and how long it takes. */
public record Step(StepKind kind, DurationDistribution duration) {
  /** Checks that both parts are present. */
  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
  }
}
