package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.PlatformKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks Lambda Managed Instances: AWS's worked example, the fee rule, and throttling. */
class LambdaManagedTest {
  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  @Test
  void managedInstancesExample_costs160Dollars36() {
    // "100M req/month, 200 ms average; m7g.xlarge at $0.1632/h on demand; 3-yr Compute SP (72%
    // off) -> $0.0457/h; ~2,000 instance-hours": requests $20; EC2 2,000 x $0.0457 = $91.40;
    // management fee 2,000 x ($0.1632 x 0.15 = $0.02448) = $48.96; total $160.36. AWS's fleet
    // autoscales to ~2,000 instance-hours, which a fixed fleet cannot be, so this bills that usage.
    LambdaManagedSpec spec =
        (LambdaManagedSpec)
            TestScenarios.parse(
                    """
                    name: lmi
                    horizon: 1h
                    traffic: {arrivals: constant, rate: 1/s}
                    requests: [{name: r, steps: [{cpu: 1ms}]}]
                    platforms:
                      - {name: m, model: lambda-managed, instance: m7g.xlarge, prices: {usd-per-hour: 0.0457}}
                    """)
                .platforms()
                .get(0);
    Bill bill =
        PlatformKind.ruleFor(spec, PriceCatalog.builtIn(), SimTime.NANOS_PER_MONTH)
            .bill(awsExampleUsage());
    Map<String, BigDecimal> items =
        bill.items().stream()
            .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
    assertThat(items.get("requests")).isEqualByComparingTo("20");
    assertThat(items.get("instance-hours")).isEqualByComparingTo("91.40");
    assertThat(items.get("management fee")).isEqualByComparingTo("48.96");
    assertThat(bill.totalUsd()).isEqualByComparingTo("160.36");
  }

  /** Returns AWS's example usage: 100 M requests over a month on 2,000 instance-hours. */
  private static Usage awsExampleUsage() {
    long hour = SimTime.NANOS_PER_HOUR;
    return new TestUsage()
        .invocations(100_000_000)
        .billed(BigInteger.valueOf(2000 * hour), 0)
        .instances(BigInteger.valueOf(2000 * hour))
        .build();
  }

  @Test
  void priceOverride_isThePricePaid_neverDiscountedAgain() {
    // prices: {usd-per-hour} replaces on-demand x (1 - discount): $0.0457 is already the Savings
    // Plan price, so even a spec that also carries a discount (the loader refuses one) bills
    // 2,000 h x $0.0457 = $91.40, not x 0.28 again; the fee stays 15% of the $0.1632 on-demand.
    LambdaManagedSpec spec =
        new LambdaManagedSpec(
            "m",
            PriceCatalog.builtIn().instance("m7g.xlarge").orElseThrow().type(),
            3,
            16,
            new BigDecimal("0.72"),
            "us-east-1",
            Map.of("usd-per-hour", new BigDecimal("0.0457")));
    Bill bill =
        PlatformKind.ruleFor(spec, PriceCatalog.builtIn(), SimTime.NANOS_PER_MONTH)
            .bill(awsExampleUsage());
    Map<String, BigDecimal> items =
        bill.items().stream()
            .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
    assertThat(items.get("instance-hours")).isEqualByComparingTo("91.40");
    assertThat(items.get("management fee")).isEqualByComparingTo("48.96");
    assertThat(bill.items())
        .filteredOn(i -> i.name().equals("instance-hours"))
        .extracting(LineItem::detail)
        .containsExactly("3 x m7g.xlarge");
  }

  @Test
  void customInstance_itsPriceIsOnDemand_soTheDiscountAndFeeApplyToIt() {
    // A custom type's usd-per-hour is its on-demand price: 72% off gives the same bill as the
    // m7g.xlarge it copies, 2,190 h x $0.1632 x 0.28 = $100.07424 and a fee of $53.6112.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: lmi-custom
            horizon: 1d
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{cpu: 20ms}, {io: 100ms}]}]
            platforms:
              - name: m
                model: lambda-managed
                instance: {vcpus: 4, memory: 16GB, usd-per-hour: 0.1632}
                discount: 0.72
            """);
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("instance-hours")).isEqualByComparingTo("100.07424");
    assertThat(items.get("management fee")).isEqualByComparingTo("53.6112");
  }

  @Test
  void discount_lowersTheInstancePrice_butNotTheFee() {
    // Three m7g.xlarge for the month at 72% off: 2,190 h x $0.1632 x 0.28 = $100.07424; the fee
    // 2,190 h x $0.02448 = $53.6112 whatever the discount.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: lmi-fleet
            horizon: 1d
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{cpu: 20ms}, {io: 100ms}]}]
            platforms:
              - {name: m, model: lambda-managed, instance: m7g.xlarge, discount: 0.72}
            """);
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("instance-hours")).isEqualByComparingTo("100.07424");
    assertThat(items.get("management fee")).isEqualByComparingTo("53.6112");
    assertThat(result.usage().throttled()).isZero();
  }

  @Test
  void saturatedFleet_throttlesRequestsAboveItsConcurrency() {
    // One 2-vCPU instance at 2 requests per vCPU takes 4 requests at once; 10/s lasting 1 s keep
    // ~10 in flight, so most are throttled, and never more than 4 run.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: lmi-full
            horizon: 10m
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{io: 1s}]}]
            platforms:
              - {name: m, model: lambda-managed, instance: c7g.large, count: 1, concurrency-per-vcpu: 2}
            """);
    assertThat(result.usage().maxConcurrency()).isEqualTo(4);
    assertThat(result.usage().throttled()).isGreaterThan(result.usage().invocations());
  }
}
