package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import org.junit.jupiter.api.Test;

/** Checks that a warm-up leaves the steady-state metrics and only them. */
class WarmupTest {
  private static final String SCENARIO =
      """
      name: warm
      horizon: 2h
      %s
      traffic: {arrivals: constant, rate: 2/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 200ms}]}]
      platforms:
        - {name: lambda, model: lambda, memory: 1769MB, keep-alive: 3h, cold-start: 5s}
      """;

  @Test
  void warmup_leavesColdStartsOutOfLatency_butNotOutOfTheBill() {
    // Every cold start (5 s of INIT) happens in the first seconds: environments live 3 h.
    PlatformResult cold = TestScenarios.runFirst(SCENARIO.formatted(""));
    PlatformResult warm = TestScenarios.runFirst(SCENARIO.formatted("warmup: 10m"));
    assertThat(cold.usage().coldStarts()).isPositive();
    assertThat(cold.usage().latency().maxNanos()).isGreaterThan(5_000_000_000L);
    assertThat(warm.usage().latency().maxNanos()).isEqualTo(205_000_000L);
    assertThat(warm.usage().latency().meanNanos()).isEqualTo(205_000_000.0);
    assertThat(warm.usage().maxConcurrency()).isEqualTo(1);
    // The bill counts everything, warm-up included.
    assertThat(warm.bill()).isEqualTo(cold.bill());
    assertThat(warm.usage().wallNanos()).isEqualTo(cold.usage().wallNanos());
    assertThat(warm.usage().coldStarts()).isEqualTo(cold.usage().coldStarts());
  }

  @Test
  void warmup_concurrencyAveragesOverTheWindowOnly() {
    PlatformResult warm = TestScenarios.runFirst(SCENARIO.formatted("warmup: 10m"));
    // 2/s x 205 ms = 0.41 in flight, exactly, once no request starts cold.
    assertThat(warm.usage().meanConcurrency())
        .isCloseTo(0.41, org.assertj.core.api.Assertions.within(1e-9));
    SteadyState steady = warm.usage().steadyState();
    assertThat(steady.windowNanos()).isEqualTo(110 * 60 * 1_000_000_000L);
    assertThat(steady.shareAtLevel(1))
        .isCloseTo(0.41, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(steady.shareAtLevel(0) + steady.shareAtLevel(1))
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
  }
}
