package dev.billsim.check;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.stats.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs validation cases through the normal scenario loader and runner, with independent
 * replications, and compares each quantity with its theory.
 */
public final class ValidationSuite {
  private final PriceCatalog catalog;
  private final int threads;
  private final boolean fast;

  /** Creates a suite on {@code threads} threads; {@code fast} runs the short variant. */
  public ValidationSuite(PriceCatalog catalog, int threads, boolean fast) {
    this.catalog = catalog;
    this.threads = threads;
    this.fast = fast;
  }

  /** Runs one case and returns one result per quantity, in the case's order. */
  public List<CaseResult> run(ValidationCase validationCase, ProgressListener listener) {
    Scenario scenario;
    try {
      scenario =
          new ScenarioLoader(catalog)
              .parse(validationCase.scenario(fast), validationCase.name() + ".yaml");
    } catch (ScenarioException e) {
      throw new IllegalStateException("a built-in validation case is invalid: " + e, e);
    }
    ReplicatedResult replicated =
        new ScenarioRunner(catalog, threads, false) // no charts
            .replicate(scenario, validationCase.replications(fast), listener);
    List<CaseResult> results = new ArrayList<>();
    for (Quantity quantity : validationCase.quantities()) {
      List<BigDecimal> observations = new ArrayList<>();
      for (RunResult run : replicated.runs()) {
        observations.add(BigDecimal.valueOf(quantity.measure().applyAsDouble(run)));
      }
      results.add(new CaseResult(validationCase.title(), quantity, Interval.of(observations)));
    }
    return results;
  }
}
