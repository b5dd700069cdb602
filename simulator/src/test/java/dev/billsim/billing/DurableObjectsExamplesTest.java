package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Cloudflare's Durable Objects pricing examples from scenario files: the exact bill, and
 * the total by the current page's convention of rounding billable units up to whole millions.
 */
class DurableObjectsExamplesTest {
  private static PlatformResult run(String example) throws Exception {
    Path file = resource("/pricing-examples/" + example + ".yaml");
    return TestScenarios.run(new ScenarioLoader(PriceCatalog.builtIn()).load(file), 1)
        .platforms()
        .get(0);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DurableObjectsExamplesTest.class.getResource(name).toURI());
  }

  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  private static String roundedNote(PlatformResult result) {
    return result.bill().notes().stream()
        .filter(n -> n.contains("round"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void example1_oneObjectOneAndAHalfMillionCalls_costs5Dollars075_or5Dollars15Rounded()
      throws Exception {
    PlatformResult result = run("do-example-1");
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("requests").add(items.get("included requests")))
        .isEqualByComparingTo("0.075");
    assertThat(items.get("duration").add(items.get("included duration"))).isEqualByComparingTo("0");
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("5.075");
    assertThat(roundedNote(result)).endsWith("USD 5.15");
  }

  @Test
  void example2_websocketsWithoutHibernation_cost138Dollars65_or142Dollars95Rounded()
      throws Exception {
    PlatformResult result = run("do-example-2");
    Usage usage = result.usage();
    assertThat(usage.messages()).isEqualTo(2_400_000); // 5,000 clients x 480 a day
    assertThat(usage.invocations() - usage.messages()).isEqualTo(5_000);
    // Each object is active exactly the 8 hours its connections are open.
    assertThat(Usage.seconds(usage.billedNanos())).isEqualTo(100 * 8 * 3600.0);
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("requests"))
        .isEqualByComparingTo(new BigDecimal("3750000").multiply(new BigDecimal("0.00000015")));
    assertThat(items.get("duration"))
        .isEqualByComparingTo(new BigDecimal("11059200").multiply(new BigDecimal("0.0000125")));
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("138.6525");
    assertThat(roundedNote(result)).endsWith("USD 142.95");
  }

  @Test
  void example3_oneMessageASecondAllMonth_costs416Dollars51_or419Dollars30Rounded()
      throws Exception {
    PlatformResult result = run("do-example-3");
    assertThat(result.usage().messages()).isEqualTo(100 * 86_400);
    assertThat(Usage.seconds(result.usage().billedNanos())).isEqualTo(100 * 86_400.0);
    // $416.514015 on the page's terms; 2,900 more connects ($0.000435) here, the same to the cent.
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("416.51445");
    assertThat(result.bill().totalUsd().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("416.51");
    assertThat(roundedNote(result)).endsWith("USD 419.30");
  }

  // Slow (over 3 min): 432 M messages, a month of 100 objects. Hibernation's billing is also held
  // by DurableObjectsModelTest in the quick loop.
  @Tag("slow")
  @Test
  void example4_hibernation_billsOnlyHandlerTime_10Dollars00_or20Dollars65Rounded()
      throws Exception {
    PlatformResult result = run("do-example-4");
    assertThat(result.usage().messages()).isEqualTo(432_000_000L);
    // 100 handlers of 10 ms a minute, one after another: 1 s a minute per object.
    assertThat(Usage.seconds(result.usage().billedNanos())).isEqualTo(100 * 1440.0 * 30);
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("duration").add(items.get("included duration")))
        .isEqualByComparingTo("1.912");
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("10.0035");
    assertThat(roundedNote(result)).endsWith("USD 20.65");
  }

  @Test
  void roundedNote_aboveAThousandDollars_groupsThousands() {
    // Within every allowance the rounded bill is the subscription alone, here $1,234.50.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: grouped
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/m}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms:
              - {name: o, model: durable-objects, prices: {usd-per-month: 1234.5}}
            """);
    assertThat(roundedNote(result)).endsWith("USD 1,234.50");
  }
}
