package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code region:} key: a known region's prices bill the platform, anything else is refused. */
class RegionTest {
  private static final String CATALOG_OVERLAY =
      """
      regions:
        eu-west-1:
          provider: aws
          lambda:
            usd-per-million-requests: {value: "0.25", unit: USD per million, source: https://ie, effective: 2025-10-02}
            usd-per-gb-second:
              x86_64: [{up-to: "6000000000", value: "0.0000170000"}, {value: "0.0000150000"}]
              arm64: [{value: "0.0000140000"}]
              unit: USD per GB-s
              source: https://ie
              effective: 2025-10-02
        sa-east-1:
          provider: aws
          lambda:
            usd-per-million-requests: {value: "0.30", unit: USD per million, source: https://br, effective: 2025-10-02}
      """;

  private static final String SCENARIO =
      """
      name: regions
      horizon: 1h
      traffic: {arrivals: constant, rate: 50/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 40ms}]}]
      platforms:
        - {name: fn, model: lambda, memory: 1024MB, free-tier: false%s}
      """;

  /** The built-in catalog's own figures, and three AWS regions: home, one whole, one partial. */
  private static PriceCatalog catalog() throws IOException {
    String own;
    try (InputStream in = PriceCatalog.class.getResourceAsStream("catalog.yaml")) {
      own = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String withHome =
        own
            + "\n"
            + CATALOG_OVERLAY.replace("regions:\n", "regions:\n  us-east-1: {provider: aws}\n");
    return PriceCatalog.load(new ByteArrayInputStream(withHome.getBytes(StandardCharsets.UTF_8)));
  }

  private static PlatformResult run(String extra) throws Exception {
    PriceCatalog catalog = catalog();
    Scenario scenario =
        new ScenarioLoader(catalog).parse(SCENARIO.formatted(extra), "regions.yaml");
    RunResult result = new ScenarioRunner(catalog, 1).run(scenario, ProgressListener.NONE);
    return result.platforms().get(0);
  }

  @Test
  void region_billsTheSameUsageAtTheRegionsPrices_asOverridesWouldAtHome() throws Exception {
    PlatformResult ireland = run(", region: eu-west-1");
    PlatformResult home =
        run(", prices: {usd-per-million-requests: 0.25, usd-per-gb-second: 0.0000170000}");

    assertThat(ireland.usage()).isEqualTo(home.usage());
    assertThat(ireland.bill().totalUsd()).isEqualByComparingTo(home.bill().totalUsd());
    assertThat(ireland.bill().totalUsd()).isNotEqualByComparingTo(run("").bill().totalUsd());
    assertThat(ireland.bill().items().get(0).price().source()).isEqualTo("https://ie");
  }

  @ParameterizedTest
  @CsvSource({
    "us-east-1, 0.09",
    "sa-east-1, 0.150",
    "ap-southeast-1, 0.120",
    "eu-west-1, 0.09",
    "ap-northeast-1, 0.114",
    "ap-south-1, 0.1093"
  })
  void dataTransferOut_isBilledAtTheRegionsFirstBand(String region, String usdPerGb) {
    PlatformResult lambda =
        TestScenarios.runFirst(
            """
            name: egress
            horizon: 1h
            traffic: {arrivals: constant, rate: 100/s}
            requests: [{name: r, response-size: 1MB, steps: [{cpu: 1ms}]}]
            platforms: [{name: fn, model: lambda, region: %s}]
            """
                .formatted(region));

    // 360,000 responses of 1 MiB = 351.5625 GiB an hour, 256,640.625 GiB a month (x730): past the
    // free 100 GB the first band holds 10,240 GB at the region's first price.
    assertThat(
            lambda.bill().items().stream()
                .filter(i -> i.name().equals("data transfer out"))
                .findFirst()
                .orElseThrow()
                .unitUsd())
        .isEqualByComparingTo(usdPerGb);
  }

  @Test
  void unknownRegion_isRefusedWithTheKnownOnes() throws Exception {
    ScenarioException e =
        catchThrowableOfType(
            () ->
                new ScenarioLoader(catalog())
                    .parse(SCENARIO.formatted(", region: eu-west1"), "r.yaml"),
            ScenarioException.class);

    assertThat(e.getMessage())
        .contains("r.yaml:6:")
        .contains("platforms[0].region")
        .contains("one of the catalog's AWS regions: eu-west-1, sa-east-1, us-east-1")
        .contains("did you mean 'eu-west-1'?");
  }

  @Test
  void regionWithoutDataTransferPrices_isRefusedOnlyWhenTheScenarioGivesSizes() throws Exception {
    String withSizes =
        SCENARIO
            .formatted(", region: eu-west-1")
            .replace(
                "steps: [{cpu: 5ms}, {io: 40ms}]", "response-size: 100KB, steps: [{cpu: 5ms}]");
    ScenarioException e =
        catchThrowableOfType(
            () -> new ScenarioLoader(catalog()).parse(withSizes, "r.yaml"),
            ScenarioException.class);

    assertThat(e.getMessage())
        .contains("platforms[0].region")
        .contains("eu-west-1, where the catalog has no data-transfer.aws.data-transfer-usd-per-gb");
    assertThat(run(", region: eu-west-1").bill().totalUsd()).isPositive();
  }

  @Test
  void regionLackingAPriceThePlatformBills_isRefusedNamingThePrice() throws Exception {
    ScenarioException e =
        catchThrowableOfType(
            () ->
                new ScenarioLoader(catalog())
                    .parse(SCENARIO.formatted(", region: sa-east-1"), "r.yaml"),
            ScenarioException.class);

    assertThat(e.getMessage())
        .contains("platforms[0].region")
        .contains("sa-east-1, where the catalog has no lambda.usd-per-gb-second.x86_64");
  }
}
