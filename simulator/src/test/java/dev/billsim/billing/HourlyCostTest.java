package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that a bill spread over the hours of the day adds up to the bill, follows the traffic for
 * usage-priced items and stays flat for time-priced ones.
 */
class HourlyCostTest {
  private static final String BUSY_AFTERNOONS =
      """
      name: hours
      horizon: 1d
      seed: 2
      traffic:
        arrivals: diurnal
        rate: 5/s
        hourly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1]
      requests: [{name: r, steps: [{cpu: 20ms}, {io: 100ms}]}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1024MB, free-tier: false}
        - {name: ec2, model: ec2, instance: t4g.small, count: 2}
      """;

  @Test
  void of_hoursAddUpToTheBill() {
    RunResult run = TestScenarios.run(TestScenarios.parse(BUSY_AFTERNOONS));
    for (PlatformResult platform : run.platforms()) {
      List<BigDecimal> hours = HourlyCost.of(platform.bill(), platform.usage().timeSeries());
      BigDecimal sum = hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum.subtract(platform.bill().totalUsd()).abs())
          .as(platform.platform().name())
          .isLessThan(new BigDecimal("0.000001"));
      assertThat(HourlyCost.hoursCovered(platform.usage().timeSeries())).hasSize(24);
    }
  }

  @Test
  void of_usagePricedBillsFollowTheTraffic_instanceHoursStayFlat() {
    RunResult run = TestScenarios.run(TestScenarios.parse(BUSY_AFTERNOONS));
    List<BigDecimal> lambda = hours(run, "lambda");
    // Four times the traffic from 12:00 to 18:00: four times the duration and request fees.
    assertThat(lambda.get(14).doubleValue() / lambda.get(3).doubleValue())
        .isCloseTo(4, within(0.3));
    List<BigDecimal> ec2 = hours(run, "ec2");
    assertThat(ec2.get(14).doubleValue()).isCloseTo(ec2.get(3).doubleValue(), within(1e-9));
  }

  @Test
  void of_horizonShorterThanADay_putsTheWholeBillInTheHoursCovered() {
    RunResult run =
        TestScenarios.run(
            TestScenarios.parse(BUSY_AFTERNOONS.replace("horizon: 1d", "horizon: 30m")));
    PlatformResult workers = TestScenarios.platform(run, "workers");
    assertThat(HourlyCost.hoursCovered(workers.usage().timeSeries())).containsExactly(0);
    assertThat(hours(run, "workers").get(0).subtract(workers.bill().totalUsd()).abs())
        .isLessThan(new BigDecimal("1e-12"));
  }

  @Test
  void driver_followsTheUnit() {
    assertThat(CostDriver.of("requests")).isEqualTo(CostDriver.REQUESTS);
    assertThat(CostDriver.of("CPU-ms")).isEqualTo(CostDriver.CPU);
    assertThat(CostDriver.of("GB-s")).isEqualTo(CostDriver.BILLED_TIME);
    assertThat(CostDriver.of("instance-hours")).isEqualTo(CostDriver.INSTANCE_TIME);
    assertThat(CostDriver.of("month")).isEqualTo(CostDriver.TIME);
  }

  private static List<BigDecimal> hours(RunResult run, String platform) {
    PlatformResult result = TestScenarios.platform(run, platform);
    return HourlyCost.of(result.bill(), result.usage().timeSeries());
  }
}
