package dev.billsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks crossover detection against a closed form: Workers against Lambda for requests with fixed
 * CPU c and I/O wait w, swept over w by the real sweep runner.
 *
 * <p>Per month of N requests, Workers cost F + (N - Ni) r + (N c - Ci) u (subscription F, Ni
 * requests and Ci CPU-ms included, r per request, u per CPU-ms), whatever the wait: they bill CPU.
 * Lambda (free tier off, arm64, 1,769 MB: one full vCPU, so CPU takes c of wall time; INIT 0 ms)
 * bills every request at q and its duration c + w at g per GB-s, so L(w) = N q + N (m / 1024) (c +
 * w) g. The lines meet at w* = (W - N q) / (N (m / 1024) g) - c. Every price comes from the
 * catalog, so the test follows a price change.
 */
class WorkersLambdaCrossoverTest {
  private static final int RATE_PER_SECOND = 20;
  private static final int CPU_MS = 10;
  private static final int MEMORY_MB = 1769;
  private static final double MONTH_SECONDS = 730 * 3600.0;

  private static final String SCENARIO =
      """
      name: crossover
      parameters: {wait: 5ms}
      horizon: 10m
      seed: 5
      traffic: {arrivals: constant, rate: %d/s}
      requests:
        - name: r
          steps:
            - cpu: %dms
            - io: ${wait}
      platforms:
        - {name: workers, model: workers}
        - name: lambda
          model: lambda
          memory: %dMB
          arch: arm64
          free-tier: false
          cold-start: 0ms
          keep-alive: 1h
      """
          .formatted(RATE_PER_SECOND, CPU_MS, MEMORY_MB);

  /** Returns the wait in seconds at which the two bills are equal, from the catalog's prices. */
  private static double analyticCrossoverSeconds(PriceCatalog catalog) {
    double n = RATE_PER_SECOND * MONTH_SECONDS;
    double workers =
        price(catalog, "workers.standard.usd-per-month")
            + Math.max(0, n - price(catalog, "workers.standard.included-requests"))
                * price(catalog, "workers.standard.usd-per-million-requests")
                / 1e6
            + Math.max(0, n * CPU_MS - price(catalog, "workers.standard.included-cpu-ms"))
                * price(catalog, "workers.standard.usd-per-million-cpu-ms")
                / 1e6;
    double requestFees = n * price(catalog, "lambda.usd-per-million-requests") / 1e6;
    double perGbSecond =
        catalog.tiers("lambda.usd-per-gb-second.arm64").get(0).price().value().doubleValue();
    double perSecondOfDuration = n * (MEMORY_MB / 1024.0) * perGbSecond;
    return (workers - requestFees) / perSecondOfDuration - CPU_MS / 1000.0;
  }

  private static double price(PriceCatalog catalog, String path) {
    return catalog.price(path).value().doubleValue();
  }

  @Test
  void crossover_ofWorkersAndLambda_isWithinOneGridStepOfTheClosedForm()
      throws ScenarioException, ParameterValueException {
    PriceCatalog catalog = PriceCatalog.builtIn();
    ScenarioTemplate template =
        new ScenarioLoader(catalog).template(SCENARIO, "crossover.yaml", Path.of(""));
    // 0 to 10 ms of wait in 1 ms steps: Lambda bills whole milliseconds.
    Axis wait = Vary.parse("wait=0ms..10ms:11", template);
    Sweep sweep = new Sweep(template, Map.of(), List.of(wait), null);
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      scenarios.add(sweep.scenario(point));
    }
    SweepResult result = new SweepRunner(catalog, 2).run(sweep, scenarios, SweepProgress.NONE);

    Crossovers found = Crossovers.of(result);

    double expected = analyticCrossoverSeconds(catalog);
    double step = 0.001;
    assertThat(expected)
        .as("the closed form's crossover is inside the swept range")
        .isBetween(step, 0.009);
    assertThat(found.crossovers()).hasSize(1);
    Crossover crossover = found.crossovers().get(0);
    assertThat(crossover.from()).isEqualTo("lambda");
    assertThat(crossover.to()).isEqualTo("workers");
    assertThat(Math.abs(crossover.at() - expected))
        .as("detected %s s against %s s", crossover.at(), expected)
        .isLessThan(step);
    // Both bills at the crossing agree with the closed form's Workers bill to within a cent.
    BigDecimal workersBill =
        result.rowsOf("workers").get(0).totalUsd().round(MathContext.DECIMAL64);
    assertThat(crossover.usd().subtract(workersBill).abs()).isLessThan(new BigDecimal("0.01"));
  }
}
