package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.PlatformKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingRulesTest {
  private static BillingRule ruleFor(PlatformSpec spec) {
    return PlatformKind.ruleFor(spec, PriceCatalog.builtIn(), SimTime.NANOS_PER_MONTH);
  }

  /** Usage of a month with the given invocations and billed time at a memory size. */
  private static Usage monthOf(long invocations, BigInteger billedNanos, long memoryMb) {
    return new TestUsage().invocations(invocations).billed(billedNanos, memoryMb).build();
  }

  private static PlatformSpec lambda(String extra) {
    return TestScenarios.parse(
            """
            name: b
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{io: 1ms}]}]
            platforms: [{name: l, model: lambda, memory: 1024MB%s}]
            """
                .formatted(extra))
        .platforms()
        .get(0);
  }

  @Test
  void lambdaDuration_pastTheFirstTier_isPricedBandByBand() {
    // 10 billion GB-s at x86: 6 B at $0.0000166667 + 4 B at $0.0000150000, no free tier.
    long seconds = 10_000_000_000L;
    Usage usage =
        monthOf(
            0,
            BigInteger.valueOf(seconds).multiply(BigInteger.valueOf(SimTime.NANOS_PER_SECOND)),
            1024);
    Bill bill = ruleFor(lambda(", free-tier: false")).bill(usage);
    assertThat(bill.totalUsd())
        .isEqualByComparingTo(new BigDecimal("100000.2").add(new BigDecimal("60000")));
    assertThat(bill.items().stream().filter(i -> i.name().startsWith("duration")).count())
        .isEqualTo(2);
  }

  @Test
  void lambdaArm64_usesTheArmTiers() {
    Usage usage = monthOf(0, BigInteger.valueOf(1_000_000L * SimTime.NANOS_PER_SECOND), 1024);
    Bill bill = ruleFor(lambda(", arch: arm64, free-tier: false")).bill(usage);
    assertThat(bill.totalUsd()).isEqualByComparingTo("13.3334");
  }

  @Test
  void freeTier_usageBelowTheAllowance_creditsOnlyWhatWasUsed() {
    // 1,000 invocations of 1 s at 1 GB: 1,000 GB-s, all covered: the bill is zero, not negative.
    Usage usage = monthOf(1000, BigInteger.valueOf(1000L * SimTime.NANOS_PER_SECOND), 1024);
    Bill bill = ruleFor(lambda("")).bill(usage);
    assertThat(bill.totalUsd()).isEqualByComparingTo("0");
  }

  @Test
  void priceOverride_replacesTheCatalogPriceAndNamesTheScenarioAsSource() {
    // A flat usd-per-gb-second replaces the tiers; usd-per-million-requests replaces $0.20.
    PlatformSpec spec =
        lambda(
            ", free-tier: false, prices: {usd-per-million-requests: 0.25, usd-per-gb-second: 0.00001}");
    assertThat(((LambdaSpec) spec).prices())
        .containsEntry("usd-per-million-requests", new BigDecimal("0.25"));
    Usage usage = monthOf(2_000_000, BigInteger.valueOf(100_000L * SimTime.NANOS_PER_SECOND), 1024);
    Bill bill = ruleFor(spec).bill(usage);
    assertThat(bill.totalUsd()).isEqualByComparingTo("1.5"); // 2 x 0.25 + 100,000 x 0.00001
    assertThat(bill.items()).allMatch(i -> i.price().source().startsWith("scenario file"));
  }

  @Test
  void ec2_customInstance_isBilledAtItsOwnHourlyPrice() {
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: custom
            horizon: 1d
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms:
              - {name: e, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}, count: 3}
            """);
    // 3 instances x 730 h x $0.0104.
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("22.776");
    assertThat(result.bill().scaleToMonth())
        .isEqualByComparingTo(new BigDecimal("30.41666666666666666666666666666667"));
  }

  @Test
  void monthScale_dayHorizon_scalesBy730Over24() {
    MonthScale scale = new MonthScale(SimTime.NANOS_PER_DAY, SimTime.NANOS_PER_MONTH);
    assertThat(scale.toMonth(new BigDecimal("24"))).isEqualByComparingTo("730");
    assertThat(scale.note()).contains("x30.4167").contains("730 h");
    assertThat(new MonthScale(SimTime.NANOS_PER_MONTH, SimTime.NANOS_PER_MONTH).note()).isNull();
  }

  @Test
  void monthScale_thirtyDayBillingMonth_scalesADayByExactlyThirty() {
    MonthScale scale = new MonthScale(SimTime.NANOS_PER_DAY, 30 * SimTime.NANOS_PER_DAY);
    assertThat(scale.factor()).isEqualByComparingTo("30");
    assertThat(scale.note()).contains("x30").contains("30d billing month");
  }

  @Test
  void lineItem_amountMustBeTheProduct() {
    Price price = PriceCatalog.builtIn().price("lambda.usd-per-million-requests");
    LineItem item = LineItem.of("x", new BigDecimal("3"), "u", new BigDecimal("0.5"), price);
    assertThat(item.usd()).isEqualByComparingTo("1.5");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new LineItem(
                    "x",
                    "",
                    BigDecimal.ONE,
                    "u",
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    price,
                    Allowance.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void catalog_everyPriceHasASourceUrlAndAnEffectiveDate() {
    PriceCatalog catalog = PriceCatalog.builtIn();
    for (Map.Entry<String, Price> entry : catalog.prices().entrySet()) {
      assertThat(entry.getValue().source()).as(entry.getKey()).startsWith("https://");
      assertThat(entry.getValue().effective()).as(entry.getKey()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    for (String name : catalog.instanceNames()) {
      Price price = catalog.instance(name).orElseThrow().usdPerHour();
      assertThat(price.source()).as(name).startsWith("https://");
      assertThat(price.effective()).as(name).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    for (String arch : List.of("x86_64", "arm64")) {
      assertThat(catalog.tiers("lambda.usd-per-gb-second." + arch)).hasSize(3);
    }
    assertThat(catalog.instanceNames())
        .contains("t4g.small", "t3.medium", "m7g.large", "m7g.xlarge", "c7g.large", "m5.large");
  }
}
