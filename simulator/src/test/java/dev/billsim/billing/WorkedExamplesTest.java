package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the providers' published worked pricing examples through scenario files, to the cent
 * as published and exactly as computed.
 */
class WorkedExamplesTest {
  private static PlatformResult run(String example) {
    return TestScenarios.run(TestScenarios.resource("/pricing-examples/" + example + ".yaml"), 1)
        .platforms()
        .get(0);
  }

  private static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_UP);
  }

  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  @Test
  void workersExample1_fifteenMillionRequestsAtSevenMs_costs8Dollars() {
    PlatformResult result = run("workers-example-1");
    assertThat(result.usage().requests()).isEqualTo(15_000_000);
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("8.00");
    Map<String, BigDecimal> items = amounts(result);
    // Requests: (15 M - 10 M) x $0.30/M = $1.50; CPU: (105 M - 30 M) ms x $0.02/M = $1.50.
    assertThat(items.get("requests").add(items.get("included requests")))
        .isEqualByComparingTo("1.50");
    assertThat(items.get("CPU time").add(items.get("included CPU time")))
        .isEqualByComparingTo("1.50");
    assertThat(items.get("subscription")).isEqualByComparingTo("5.00");
  }

  @Test
  void workersExample3_hourlyCronOfThreeMinutesCpu_costs6Dollars992() {
    PlatformResult result = run("workers-example-3");
    assertThat(result.usage().requests()).isEqualTo(720);
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("6.992");
    assertThat(cents(result.bill().totalUsd())).isEqualByComparingTo("6.99");
  }

  @Test
  void workersExample4_hundredMillionRequestsScaledFromATenthOfAMonth_costs45Dollars40() {
    PlatformResult result = run("workers-example-4");
    assertThat(result.usage().requests()).isEqualTo(10_000_000);
    assertThat(result.bill().scaleToMonth()).isEqualByComparingTo("10");
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("45.40");
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("requests").add(items.get("included requests")))
        .isEqualByComparingTo("27.00");
    assertThat(items.get("CPU time").add(items.get("included CPU time")))
        .isEqualByComparingTo("13.40");
  }

  @Test
  void lambdaExample1_mobileBackendWithFreeTier_costs2Dollars73() {
    PlatformResult result = run("lambda-example-1");
    assertThat(result.usage().requests()).isEqualTo(3_000_000);
    assertThat(result.usage().billedGbSeconds()).isEqualByComparingTo("540000");
    // $0.40 of requests + 140,000 GB-s x $0.0000166667 = $2.333338, exactly $2.733338.
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("2.733338");
    assertThat(cents(result.bill().totalUsd())).isEqualByComparingTo("2.73");
  }

  @Test
  void lambdaExample2_telemetryWithoutFreeTier_costs249Dollars49() {
    PlatformResult result = run("lambda-example-2");
    assertThat(result.usage().requests()).isEqualTo(7_440_000);
    assertThat(result.usage().billedGbSeconds()).isEqualByComparingTo("14880000");
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("requests")).isEqualByComparingTo("1.488");
    // All 14.88 M GB-s fall in the first tier, the "duration" line; no later tier is listed.
    assertThat(items.get("duration")).isEqualByComparingTo("248.000496");
    assertThat(items).doesNotContainKey("duration tier 2");
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("249.488496");
    assertThat(cents(result.bill().totalUsd())).isEqualByComparingTo("249.49");
  }

  @Test
  void lambdaExample3_bertWithEphemeralStorage_costs106Dollars41() {
    PlatformResult result = run("lambda-example-3");
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("ephemeral storage")).isEqualByComparingTo("0.077868");
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("106.411412");
    assertThat(cents(result.bill().totalUsd())).isEqualByComparingTo("106.41");
  }
}
