package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks provisioned concurrency, the scaling rate and the API Gateway on the Lambda model. */
class LambdaProvisionedTest {
  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  @Test
  void provisionedAbovePeakConcurrency_givesNoColdStartsAtAll() {
    // 20/s for 100-300 ms: rarely more than 15 at once; 30 provisioned environments are ready at 0.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: warm
            horizon: 6h
            seed: 3
            traffic: {arrivals: poisson, rate: 20/s}
            requests: [{name: r, steps: [{io: {uniform: {min: 100ms, max: 300ms}}}]}]
            platforms:
              - {name: l, model: lambda, memory: 1GB, provisioned-concurrency: 30}
            """);
    Usage usage = result.usage();
    assertThat(usage.maxConcurrency()).isLessThan(30);
    assertThat(usage.coldStarts()).isZero();
    // Every invocation ran provisioned: nothing billed at the on-demand duration rate.
    assertThat(usage.billedProvisionedMbNanos()).isEqualTo(usage.billedMbNanos());
    // A constant level is configured for the whole horizon: 30 x 1 GB x 6 h.
    assertThat(usage.provisionedGbSeconds()).isEqualByComparingTo("648000");
    // And no free tier: AWS does not apply it to functions with provisioned concurrency.
    assertThat(amounts(result)).doesNotContainKey("free tier: requests");
  }

  @Test
  void requestsAboveTheProvisionedLevel_spillOverToOnDemandEnvironments() {
    // 100/s for 1 s each needs ~100 environments; only 20 are provisioned.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: spill
            horizon: 10m
            seed: 4
            traffic: {arrivals: constant, rate: 100/s}
            requests: [{name: r, steps: [{io: 1s}]}]
            platforms:
              - {name: l, model: lambda, memory: 1GB, cold-start: 0ms, provisioned-concurrency: 20}
            """);
    Usage usage = result.usage();
    assertThat(usage.coldStarts()).isBetween(80L, 81L);
    double provisionedShare =
        usage.billedProvisionedMbNanos().doubleValue() / usage.billedMbNanos().doubleValue();
    assertThat(provisionedShare).isBetween(0.19, 0.21);
  }

  @Test
  void dailyWindows_areConfiguredEachDayInFiveMinuteSteps() {
    // 50 environments from 09:00 to 17:07 every day for 3 days: 8 h 7 min rounds up to 8 h 10 min.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: office
            horizon: 3d
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{io: 10ms}]}]
            platforms:
              - name: l
                model: lambda
                memory: 2GB
                cold-start: 0ms
                provisioned-concurrency: [{level: 50, from: 9h, to: 17h 7m, daily: true}]
            """
                .replace("17h 7m", "1027m"));
    assertThat(result.usage().provisionedGbSeconds())
        .isEqualByComparingTo(BigDecimal.valueOf(3L * 50 * 2 * (8 * 3600 + 10 * 60)));
    // Requests outside the windows run on demand; inside, provisioned.
    double provisionedShare =
        result.usage().billedProvisionedMbNanos().doubleValue()
            / result.usage().billedMbNanos().doubleValue();
    assertThat(provisionedShare).isBetween(0.32, 0.35); // 8.12 h of 24
  }

  @Test
  void scalingRate_atMostAThousandNewEnvironmentsPerTenSeconds_throttlesTheRest() {
    // 1,000 requests a second of 60 s each: 1,000 environments start in the first second, the
    // requests of the next 9 s are throttled, another 1,000 start from t = 10 s, and so on.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: surge
            horizon: 20s
            traffic: {arrivals: constant, rate: 1000/s}
            requests: [{name: r, steps: [{io: 60s}]}]
            platforms:
              - {name: l, model: lambda, memory: 1GB, cold-start: 0ms, concurrency-limit: 100000}
            """);
    Usage usage = result.usage();
    assertThat(usage.requests()).isEqualTo(20_000);
    assertThat(usage.coldStarts()).isEqualTo(2000);
    assertThat(usage.invocations()).isEqualTo(2000);
    assertThat(usage.throttled()).isEqualTo(18_000);
  }

  @Test
  void apiGateway_billsEveryRequestItReceives_throttledOnesIncluded_whileLambdaBillsOnlyRunOnes() {
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: gateway
            horizon: 1h
            traffic: {arrivals: constant, rate: 100/s}
            requests: [{name: r, steps: [{io: 1s}]}]
            platforms:
              - {name: l, model: lambda, memory: 1GB, cold-start: 0ms, concurrency-limit: 50, free-tier: false, front-door: http-api}
            """);
    Usage usage = result.usage();
    assertThat(usage.throttled()).isPositive();
    Map<String, BigDecimal> items = amounts(result);
    // 360,000 requests an hour: 262.8 M a month, all in the first HTTP API tier at $1.00/M.
    assertThat(items.get("API Gateway http-api")).isEqualByComparingTo("262.8");
    // Lambda bills only the requests it ran, each 1 s at 1 GB.
    BigDecimal runPerMonth =
        BigDecimal.valueOf(usage.invocations()).multiply(BigDecimal.valueOf(730));
    assertThat(items.get("requests"))
        .isEqualByComparingTo(runPerMonth.multiply(new BigDecimal("0.0000002")));
  }
}
