package dev.billsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks Student-t intervals: by hand, and by coverage over many seeded repetitions. */
class IntervalTest {
  private static List<BigDecimal> values(double... xs) {
    List<BigDecimal> list = new ArrayList<>();
    for (double x : xs) {
      list.add(BigDecimal.valueOf(x));
    }
    return list;
  }

  @Test
  void threeObservations_giveTheTextbookInterval() {
    // 1, 2, 3: mean 2, s = 1, standard error 1/sqrt(3), t(0.975, 2) = 4.302653.
    Interval interval = Interval.of(values(1, 2, 3));
    assertThat(interval.mean()).isEqualByComparingTo("2");
    assertThat(interval.halfWidth().doubleValue()).isCloseTo(4.302653 / Math.sqrt(3), within(1e-6));
    assertThat(interval.contains(BigDecimal.valueOf(4.4))).isTrue();
    assertThat(interval.contains(BigDecimal.valueOf(4.5))).isFalse();
  }

  @Test
  void oneObservation_hasNoInterval_andEqualValuesAZeroWidthOne() {
    Interval one = Interval.of(values(5));
    assertThat(one.hasInterval()).isFalse();
    assertThat(one.halfWidth()).isEqualByComparingTo("0");
    Interval same = Interval.of(values(7, 7, 7, 7));
    assertThat(same.hasInterval()).isTrue();
    assertThat(same.holdsZero()).isFalse();
    assertThat(same.halfWidth()).isEqualByComparingTo("0");
  }

  @Test
  void moneyStaysExact() {
    Interval interval = Interval.of(List.of(new BigDecimal("0.1"), new BigDecimal("0.2")));
    assertThat(interval.mean()).isEqualByComparingTo("0.15");
  }

  // Slow (about 5 s): 400 seeded runs to measure the intervals' coverage; the formula itself is
  // checked above.
  @Tag("slow")
  @Test
  void the95PercentInterval_coversTheTrueMean_about95PercentOfTheTime() {
    // Workers' CPU per request is exponential with a known mean of 4 ms: 400 repetitions, each
    // an interval from 5 replications of 1,000 requests, seeded 1 to 400. The count covering
    // 4 ms is binomial(400, 0.95): 380 expected, standard deviation 4.4.
    Scenario scenario =
        TestScenarios.parse(
            """
            name: coverage
            horizon: 100s
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{cpu: {exponential: {mean: 4ms}}}]}]
            platforms: [{name: w, model: workers}]
            """);
    ScenarioRunner runner = new ScenarioRunner(PriceCatalog.builtIn(), 2);
    BigDecimal trueMeanSeconds = new BigDecimal("0.004");
    int covered = 0;
    int repetitions = 400;
    for (int seed = 1; seed <= repetitions; seed++) {
      ReplicatedResult result = runner.replicate(scenario.withSeed(seed), 5, ProgressListener.NONE);
      List<BigDecimal> means = new ArrayList<>();
      for (RunResult run : result.runs()) {
        var usage = run.platforms().get(0).usage();
        means.add(
            new BigDecimal(usage.cpuNanos())
                .divide(BigDecimal.valueOf(usage.requests() * 1_000_000_000L), Interval.CONTEXT));
      }
      if (Interval.of(means).contains(trueMeanSeconds)) {
        covered++;
      }
    }
    assertThat(covered).isBetween(367, 393); // 380 +- 3 standard deviations
  }
}
