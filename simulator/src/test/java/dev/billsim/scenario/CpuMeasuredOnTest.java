package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cpu-measured-on}: CPU times measured on less than one vCPU are converted to billsim's
 * reference vCPU, so the platform they were measured on runs them for as long as measured.
 */
class CpuMeasuredOnTest {
  private static final String SCENARIO =
      """
      name: measured
      horizon: 1h
      traffic: {arrivals: constant, rate: 10/s}
      requests:
        - name: r
          %s
          steps: [{cpu: 20ms}, {io: 100ms}]
      platforms:
        - {name: l1024, model: lambda, memory: 1024MB, free-tier: false, cold-start: 0ms}
        - {name: workers, model: workers}
      """;

  private static RunResult run(String measuredOn) {
    return TestScenarios.run(TestScenarios.parse(SCENARIO.formatted(measuredOn)));
  }

  @Test
  void lambdaMeasurement_isTheReferenceShare_andLambdaRunsItForAsLongAsMeasured() {
    RunResult result = run("cpu-measured-on: {lambda: 1024MB}");
    PlatformResult lambda = TestScenarios.platform(result, "l1024");
    PlatformResult workers = TestScenarios.platform(result, "workers");

    // 36,000 requests x round(20 ms x 1024 / 1769) = 11,577,162 ns of reference CPU each.
    BigInteger reference = BigInteger.valueOf(36_000L * 11_577_162L);
    assertThat(lambda.usage().cpuNanos()).isEqualTo(reference);
    assertThat(workers.usage().cpuNanos()).isEqualTo(reference);
    // Lambda at 1024 MB stretches 11,577,162 ns back to ceil(x 1769 / 1024) = 20,000,000 ns, so
    // each
    // invocation lasts 120 ms and bills 120 ms x 1 GB, as it did where it was measured.
    BigInteger gbNanosPerRequest = BigInteger.valueOf(120_000_000L * 1024);
    assertThat(lambda.usage().billedMbNanos())
        .isEqualTo(gbNanosPerRequest.multiply(BigInteger.valueOf(36_000)));
  }

  @Test
  void withoutIt_theSameFigureOverstatesLambda_byTheShareItMissed() {
    BigDecimal converted =
        TestScenarios.platform(run("cpu-measured-on: {lambda: 1024MB}"), "l1024").bill().totalUsd();
    BigDecimal naive = TestScenarios.platform(run(""), "l1024").bill().totalUsd();

    // Taken as reference CPU, 20 ms runs 20 x 1769/1024 = 34.55 ms on Lambda at 1024 MB: the
    // invocation lasts 135 ms instead of 120 ms.
    assertThat(naive.divide(converted, 6, java.math.RoundingMode.HALF_UP))
        .isGreaterThan(new BigDecimal("1.10"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cpu-measured-on: {vcpus: 0.25}|5000000",
        "cpu-measured-on: {vcpus: 2}|20000000",
        "cpu-measured-on: {lambda: 3008MB}|20000000",
        "cpu-measured-on: {instance: c7g.large}|20000000",
        "''|20000000"
      })
  void shares_convertAsWritten(String measuredOn, long referenceNanosPerRequest) {
    PlatformResult workers = TestScenarios.platform(run(measuredOn), "workers");

    assertThat(workers.usage().cpuNanos())
        .isEqualTo(BigInteger.valueOf(36_000L * referenceNanosPerRequest));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cpu-measured-on: {lambda: 1024MB, vcpus: 0.5}|requests[0].cpu-measured-on|exactly one of lambda, vcpus, instance",
        "cpu-measured-on: {}|requests[0].cpu-measured-on|exactly one of lambda, vcpus, instance",
        "cpu-measured-on: {lambda: 64MB}|requests[0].cpu-measured-on.lambda|a memory size from 128MB to 10240MB",
        "cpu-measured-on: {vcpus: 0}|requests[0].cpu-measured-on.vcpus|",
        "cpu-measured-on: {instance: c7g.larg}|requests[0].cpu-measured-on.instance|an instance type in the catalog",
        "cpu-measured-on: {lamda: 1024MB}|requests[0].cpu-measured-on.lamda|",
        "cpu-measured-on: 1024MB|requests[0].cpu-measured-on|a mapping with one of lambda, vcpus, instance"
      })
  void mistakes_areOneProblemAtTheKey(
      String measuredOn, String path, String expected, @TempDir Path dir) {
    ScenarioProblem p = OneProblem.of(SCENARIO.formatted(measuredOn), dir);

    assertThat(p.key()).isEqualTo(path);
    if (expected != null) {
      assertThat(p.expected()).contains(expected);
    }
  }
}
