package dev.billsim.run;

import dev.billsim.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/** States the outcome of one scenario run: the scenario as run and one result per platform. */
public record RunResult(Scenario scenario, List<PlatformResult> platforms) {
  /** Copies the list. */
  public RunResult {
    Objects.requireNonNull(scenario, "scenario");
    platforms = List.copyOf(platforms);
  }
}
