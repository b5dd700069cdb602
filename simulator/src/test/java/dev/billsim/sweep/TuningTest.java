package dev.billsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the Power Tuning answer against its closed form: a CPU-heavy function (c = 100 ms of CPU
 * on a full vCPU, no I/O) on Lambda at memory M has M / 1,769 of a vCPU below 1,769 MB, so it runs
 * for d(M) = ceil(c x 1769 / M) ns there and c above; each request is billed M / 1024 GB for d(M)
 * rounded up to the millisecond. Its cost is therefore flat (M x d(M) = c x 1769, less the
 * rounding) up to 1,769 MB and rises in proportion to M after; its latency falls to c at 1,769 MB
 * and stays there. Constant arrivals and INIT of 0 ms make every request's latency d(M).
 */
class TuningTest {
  private static final long CPU_NANOS = 100_000_000L;
  private static final long FULL_VCPU_MB = 1769;

  private static final String SCENARIO =
      """
      name: tuning
      parameters: {memory: 1024MB, limit: 1000, rate: 10/s}
      horizon: 10m
      seed: 7
      traffic: {arrivals: constant, rate: "${rate}"}
      requests:
        - name: resize
          steps:
            - cpu: 100ms
      platforms:
        - {name: workers, model: workers}
        - name: lambda
          model: lambda
          memory: ${memory}
          concurrency-limit: ${limit}
          free-tier: false
          cold-start: 0ms
          keep-alive: 1h
        - {name: lambda-fixed, model: lambda, memory: 1024MB, cold-start: 0ms}
      """;

  private static SweepResult sweep(String... vary)
      throws ScenarioException, ParameterValueException {
    PriceCatalog catalog = PriceCatalog.builtIn();
    ScenarioTemplate template =
        new ScenarioLoader(catalog).template(SCENARIO, "tuning.yaml", Path.of(""));
    List<Axis> axes = new ArrayList<>();
    for (String option : vary) {
      axes.add(Vary.parse(option, template));
    }
    Sweep sweep = new Sweep(template, Map.of(), axes, null);
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      scenarios.add(sweep.scenario(point));
    }
    return new SweepRunner(catalog, 2).run(sweep, scenarios, SweepProgress.NONE);
  }

  /** Returns the closed form's wall time of one request at {@code memoryMb}, in nanoseconds. */
  private static long wallNanos(long memoryMb) {
    return memoryMb >= FULL_VCPU_MB
        ? CPU_NANOS
        : (CPU_NANOS * FULL_VCPU_MB + memoryMb - 1) / memoryMb;
  }

  /** Returns the closed form's billed MB-milliseconds of one request: what its cost grows with. */
  private static long billedMbMillis(long memoryMb) {
    return memoryMb * ((wallNanos(memoryMb) + 999_999) / 1_000_000);
  }

  private static long memoryMb(String value) {
    return Long.parseLong(value.replace("MB", ""));
  }

  @Test
  void tuning_cpuHeavyLambda_namesTheClosedFormsCheapestFastestAndBalancedMemory()
      throws Exception {
    SweepResult result = sweep("memory=128MB..3008MB:10");
    List<String> values = result.axes().get(0).values();

    // The closed form over the swept values.
    String cheapest = null;
    String fastest = null;
    for (String value : values) {
      long m = memoryMb(value);
      if (cheapest == null || billedMbMillis(m) < billedMbMillis(memoryMb(cheapest))) {
        cheapest = value;
      }
      if (fastest == null
          || wallNanos(m) < wallNanos(memoryMb(fastest))
          || (wallNanos(m) == wallNanos(memoryMb(fastest))
              && billedMbMillis(m) < billedMbMillis(memoryMb(fastest)))) {
        fastest = value;
      }
    }
    String balanced = null;
    for (String value : values) {
      long m = memoryMb(value);
      if (wallNanos(m) <= wallNanos(memoryMb(fastest)) * 1.1
          && (balanced == null || billedMbMillis(m) < billedMbMillis(memoryMb(balanced)))) {
        balanced = value;
      }
    }
    // The shape the issue describes: flat to within 1% up to 1,769 MB, rising after.
    for (String value : values) {
      long m = memoryMb(value);
      if (m < FULL_VCPU_MB) {
        assertThat((double) billedMbMillis(m) / (FULL_VCPU_MB * 100)).isBetween(1.0, 1.01);
      } else {
        assertThat(billedMbMillis(m)).isEqualTo(m * 100);
      }
    }
    assertThat(List.of(cheapest, fastest, balanced)).containsExactly("448MB", "2048MB", "1728MB");

    // Every row bills exactly the closed form's GB-seconds.
    for (SweepRow row : result.rowsOf("lambda")) {
      long m = memoryMb(row.point().values().get(0));
      BigDecimal gbSeconds =
          BigDecimal.valueOf(row.usage().requests() * billedMbMillis(m))
              .divide(BigDecimal.valueOf(1024L * 1000));
      assertThat(row.usage().billedGbSeconds()).isEqualByComparingTo(gbSeconds);
      assertThat(row.usage().latency().p99Nanos())
          .as("p99 at %s", row.point().values().get(0))
          .isBetween(wallNanos(m), wallNanos(m) + wallNanos(m) / 1000);
    }

    Tuning tuning = Tuning.of(result);
    assertThat(tuning.best()).hasSize(1);
    BestSetting best = tuning.best().get(0);
    assertThat(best.platform()).isEqualTo("lambda");
    assertThat(best.setting(best.cheapest())).isEqualTo(cheapest);
    assertThat(best.setting(best.fastest())).isEqualTo(fastest);
    assertThat(best.setting(best.balanced())).isEqualTo(balanced);
    assertThat(best.failing()).isEmpty();
    assertThat(tuning.rule().balancedRule())
        .isEqualTo("the cheapest within 10% of the fastest p99");
  }

  @Test
  void tuning_axisWrittenOutsidePlatforms_namesNothing() throws Exception {
    SweepResult result = sweep("rate=5/s,10/s");
    ScenarioTemplate template = result.sweep().template();
    assertThat(template.use("rate").elsewhere()).isTrue();
    assertThat(template.use("rate").isPlatformSetting()).isFalse();
    assertThat(template.use("memory").platforms()).containsExactly(1);
    assertThat(template.use("memory").isPlatformSetting()).isTrue();
    assertThat(Tuning.of(result).any()).isFalse();
  }

  @Test
  void tuning_throttledSettings_areLeftOut() throws Exception {
    // 10 requests a second of 100 ms at 1,024 MB (173 ms each) need about 2 environments: a limit
    // of 1 throttles, 2 may, 8 never does.
    SweepResult result = sweep("limit=1,8,50");
    Tuning tuning = Tuning.of(result);
    BestSetting best = tuning.best().get(0);
    assertThat(best.failing()).extracting(row -> row.point().values().get(0)).containsExactly("1");
    assertThat(best.setting(best.cheapest())).isNotEqualTo("1");
    assertThat(BigInteger.valueOf(result.rowsOf("lambda").get(0).usage().throttled())).isPositive();
  }

  @Test
  void tuning_gridOfTwoSettings_namesOneBestPair() throws Exception {
    SweepResult result = sweep("limit=1,50", "memory=512MB,1769MB,3008MB");
    Tuning tuning = Tuning.of(result);
    // Both axes are the lambda's settings: one finding over all six pairs. One environment serves
    // 10 requests a second only when each takes at most 100 ms: at 1,769 MB and above.
    assertThat(tuning.best()).hasSize(1);
    BestSetting best = tuning.best().get(0);
    assertThat(best.failing()).extracting(best::setting).containsExactly("1, 512MB");
    // Ties (the same cost and latency at limits 1 and 50) go to the earlier point.
    assertThat(best.setting(best.fastest())).isEqualTo("1, 1769MB");
    assertThat(best.setting(best.cheapest())).isEqualTo("1, 1769MB");
    assertThat(tuning.settingNames(result)).containsExactly("limit", "memory");
  }

  @Test
  void tuning_gridWithTheRate_namesTheBestMemoryAtEachRate() throws Exception {
    SweepResult result = sweep("rate=5/s,10/s", "memory=448MB,1728MB,2048MB");
    Tuning tuning = Tuning.of(result);
    assertThat(tuning.best())
        .extracting(BestSetting::context)
        .containsExactly(List.of("5/s"), List.of("10/s"));
    assertThat(tuning.settingNames(result)).containsExactly("memory");
    for (BestSetting best : tuning.best()) {
      assertThat(best.setting(best.cheapest())).isEqualTo("448MB");
      assertThat(best.setting(best.fastest())).isEqualTo("2048MB");
      assertThat(best.setting(best.balanced())).isEqualTo("1728MB");
    }
  }
}
