package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the billing rules classify every credit as an allowance of the right kind, so that
 * reports can say what lowered a bill and how to turn it off without reading item names: a free
 * tier (Lambda, Cloud Run: {@code free-tier: false}), Vercel's usage credit ({@code usage-credit:
 * false}), or usage a plan includes (the included amounts as price overrides of 0); and that each
 * switch removes exactly its credits, so the bill without it is the bill with it less the credits.
 */
class AllowanceTest {
  /** An hour at 10/s is 26.28 million requests a month: past every allowance. */
  private static final String SCENARIO =
      """
      name: allowances
      horizon: 1h
      traffic: {arrivals: constant, rate: 10/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 50ms}]}]
      platforms:
        - {name: workers, model: workers}
        - {name: objects, model: durable-objects}
        - {name: lambda, model: lambda, memory: 1024MB, cold-start: 0ms}
        - {name: lambda-off, model: lambda, memory: 1024MB, cold-start: 0ms, free-tier: false}
        - {name: run, model: cloud-run}
        - {name: run-off, model: cloud-run, free-tier: false}
        - {name: vercel, model: vercel, cold-start: 0ms}
        - {name: vercel-off, model: vercel, cold-start: 0ms, usage-credit: false}
        - {name: managed, model: lambda-managed, instance: m7g.xlarge}
        - {name: ec2, model: ec2, instance: m7g.large}
      """;

  private static RunResult result;

  @BeforeAll
  static void run() {
    result = TestScenarios.run(TestScenarios.parse(SCENARIO));
  }

  private static Bill bill(String platform) {
    return TestScenarios.platform(result, platform).bill();
  }

  @Test
  void items_everyCreditIsAnAllowanceAndEveryAllowanceACredit() {
    for (PlatformResult platform : result.platforms()) {
      for (LineItem item : platform.bill().items()) {
        assertThat(item.isAllowance())
            .as("%s: %s", platform.platform().name(), item.label())
            .isEqualTo(item.quantity().signum() < 0);
      }
    }
  }

  @Test
  void allowances_lambda_areTheFreeTierAndFreeTierFalseTurnsThemOff() {
    List<AllowanceTotal> allowances = bill("lambda").allowances();

    assertThat(allowances)
        .singleElement()
        .extracting(AllowanceTotal::kind)
        .isEqualTo(Allowance.FREE_TIER);
    assertThat(allowances.get(0).items())
        .containsExactly("free tier: requests", "free tier: duration");
    assertThat(allowances.get(0).off()).isEqualTo("free-tier: false");
    assertThat(allowances.get(0).usd()).isNegative().isEqualTo(bill("lambda").allowancesUsd());
    assertThat(Allowance.FREE_TIER.partOfPlan()).isFalse();
  }

  @Test
  void allowances_cloudRun_areTheFreeTier() {
    assertThat(bill("run").allowances())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(Allowance.FREE_TIER);
              assertThat(a.items())
                  .containsExactly("free tier: CPU", "free tier: memory", "free tier: requests");
              assertThat(a.off()).isEqualTo("free-tier: false");
            });
  }

  @Test
  void allowances_workersAndDurableObjects_areIncludedInThePlanAndNameTheirPriceKeys() {
    AllowanceTotal workers = bill("workers").allowances().get(0);
    AllowanceTotal objects = bill("objects").allowances().get(0);

    assertThat(workers.kind()).isEqualTo(Allowance.INCLUDED);
    assertThat(workers.kind().partOfPlan()).isTrue();
    assertThat(workers.off()).isEqualTo("prices: {included-requests: 0, included-cpu-ms: 0}");
    assertThat(objects.kind()).isEqualTo(Allowance.INCLUDED);
    assertThat(objects.off()).isEqualTo("prices: {included-requests: 0, included-gb-seconds: 0}");
  }

  @Test
  void allowances_vercelPro_areIncludedUsageThenTheUsageCredit() {
    assertThat(bill("vercel").allowances())
        .extracting(AllowanceTotal::kind, AllowanceTotal::off)
        .containsExactly(
            tuple(
                Allowance.INCLUDED,
                "prices: {included-active-cpu-hours: 0, included-gb-hours: 0,"
                    + " included-invocations: 0}"),
            tuple(Allowance.USAGE_CREDIT, "usage-credit: false"));
  }

  @Test
  void switches_off_removeExactlyTheirCredits() {
    assertThat(bill("lambda-off").allowances()).isEmpty();
    assertThat(bill("lambda-off").allowancesUsd()).isZero();
    assertThat(bill("lambda-off").totalUsd())
        .isEqualByComparingTo(bill("lambda").totalUsd().subtract(bill("lambda").allowancesUsd()));
    assertThat(bill("run-off").allowances()).isEmpty();

    BigDecimal credit = usd(bill("vercel"), Allowance.USAGE_CREDIT);
    assertThat(credit).isNegative();
    assertThat(bill("vercel-off").items()).noneMatch(i -> i.allowance() == Allowance.USAGE_CREDIT);
    assertThat(bill("vercel-off").allowances())
        .extracting(AllowanceTotal::kind)
        .containsExactly(Allowance.INCLUDED);
    assertThat(bill("vercel-off").totalUsd())
        .isEqualByComparingTo(bill("vercel").totalUsd().subtract(credit));
  }

  @Test
  void allowances_modelsWithout_areEmpty() {
    assertThat(bill("managed").allowances()).isEmpty();
    assertThat(bill("ec2").allowances()).isEmpty();
    assertThat(bill("ec2").allowancesUsd()).isZero();
  }

  private static BigDecimal usd(Bill bill, Allowance kind) {
    return bill.items().stream()
        .filter(i -> i.allowance() == kind)
        .map(LineItem::usd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
