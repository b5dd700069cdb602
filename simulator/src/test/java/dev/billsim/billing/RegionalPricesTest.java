package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in catalog's real regional figures: a region's bill is the home region's bill with the
 * region's prices in place of us-east-1's, and the prices differ from us-east-1 where the sources
 * say they do (and agree where they say so).
 */
class RegionalPricesTest {
  private static final String SCENARIO =
      """
      name: regional
      horizon: 1h
      traffic: {arrivals: constant, rate: 20/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 40ms}]}]
      platforms:
        - {name: p, %s}
      """;

  private static PlatformResult run(String keys) {
    return TestScenarios.runFirst(SCENARIO.formatted(keys));
  }

  private static String value(String region, String path) {
    PriceCatalog view = PriceCatalog.builtIn().inRegion(region);
    BigDecimal v =
        view.prices().containsKey(path)
            ? view.price(path).value()
            : view.tiers(path).get(0).price().value();
    return v.toPlainString();
  }

  @Test
  void lambdaInIreland_isTheHomeBill_withIrelandsPrices() {
    String lambda =
        "model: lambda, memory: 1GB, free-tier: false, provisioned-concurrency: 1,"
            + " ephemeral-storage: 1GB";
    PlatformResult ireland = run(lambda + ", region: eu-west-1");
    PlatformResult home =
        run(
            lambda
                + ", prices: {usd-per-million-requests: "
                + value("eu-west-1", "lambda.usd-per-million-requests")
                + ", usd-per-gb-second: "
                + value("eu-west-1", "lambda.usd-per-gb-second.x86_64")
                + ", provisioned-usd-per-gb-second: "
                + value("eu-west-1", "lambda.provisioned-usd-per-gb-second.x86_64")
                + ", provisioned-duration-usd-per-gb-second: "
                + value("eu-west-1", "lambda.provisioned-duration-usd-per-gb-second.x86_64")
                + ", ephemeral-usd-per-gb-second: "
                + value("eu-west-1", "lambda.ephemeral-usd-per-gb-second")
                + "}");

    assertThat(ireland.usage()).isEqualTo(home.usage());
    assertThat(ireland.bill().totalUsd()).isEqualByComparingTo(home.bill().totalUsd());
    assertThat(ireland.bill().totalUsd()).isGreaterThan(run(lambda).bill().totalUsd());
    assertThat(ireland.bill().items())
        .filteredOn(i -> i.name().equals("provisioned concurrency"))
        .singleElement()
        .satisfies(i -> assertThat(i.price().source()).contains("remotion-dev/remotion"));
  }

  @Test
  void fargateAndEc2InTheirRegions_areTheHomeBill_withThoseRegionsPrices() {
    String fargate = "model: fargate, vcpu: 1, memory: 2GB, arch: arm64, load-balancer: alb";
    PlatformResult tokyo = run(fargate + ", region: ap-northeast-1");
    PlatformResult fargateHome =
        run(
            fargate
                + ", prices: {usd-per-vcpu-hour: "
                + value("ap-northeast-1", "fargate.usd-per-vcpu-hour.arm64")
                + ", usd-per-gb-hour: "
                + value("ap-northeast-1", "fargate.usd-per-gb-hour.arm64")
                + ", usd-per-lb-hour: "
                + value("ap-northeast-1", "elb.usd-per-lb-hour")
                + "}");
    assertThat(tokyo.bill().totalUsd()).isEqualByComparingTo(fargateHome.bill().totalUsd());
    assertThat(tokyo.bill().totalUsd()).isGreaterThan(run(fargate).bill().totalUsd());

    String ec2 = "model: ec2, instance: c7i.large, count: 2, load-balancer: alb";
    PlatformResult frankfurt = run(ec2 + ", region: eu-central-1");
    PriceCatalog euc1 = PriceCatalog.builtIn().inRegion("eu-central-1");
    PlatformResult ec2Home =
        run(
            ec2
                + ", prices: {usd-per-hour: "
                + euc1.instance("c7i.large").orElseThrow().usdPerHour().value().toPlainString()
                + ", usd-per-lb-hour: "
                + value("eu-central-1", "elb.usd-per-lb-hour")
                + "}");
    assertThat(frankfurt.bill().totalUsd()).isEqualByComparingTo(ec2Home.bill().totalUsd());
    assertThat(frankfurt.bill().totalUsd()).isGreaterThan(run(ec2).bill().totalUsd());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // Lambda provisioned concurrency and storage are regional; requests and the first duration band
    // are the same in every region the source lists
    "eu-west-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000046460, 0.0000041667",
    "eu-west-1, lambda.provisioned-duration-usd-per-gb-second.x86_64, 0.0000108407, 0.0000097222",
    "eu-central-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000050147, 0.0000041667",
    "ap-northeast-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000053835, 0.0000041667",
    "ap-southeast-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000051991, 0.0000041667",
    "ap-south-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000044985, 0.0000041667",
    "sa-east-1, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000066372, 0.0000041667",
    "sa-east-1, lambda.ephemeral-usd-per-gb-second, 0.0000000586, 0.0000000309",
    "us-west-2, lambda.provisioned-usd-per-gb-second.x86_64, 0.0000041667, 0.0000041667",
    "sa-east-1, lambda.usd-per-gb-second.x86_64, 0.0000166667, 0.0000166667",
    "ap-south-1, lambda.usd-per-million-requests, 0.20, 0.20",
    "eu-central-1, fargate.usd-per-vcpu-hour.x86_64, 0.04656, 0.04048",
    "ap-northeast-1, fargate.usd-per-gb-hour.arm64, 0.00442, 0.00356",
    "sa-east-1, fargate.usd-per-vcpu-hour.x86_64, 0.0696, 0.04048",
    "eu-west-1, fargate.usd-per-vcpu-hour.x86_64, 0.04048, 0.04048",
    "ap-northeast-1, api-gateway.http-api-usd-per-million-requests.requests, 1.29, 1.00",
    "ap-south-1, api-gateway.http-api-usd-per-million-requests.requests, 1.05, 1.00",
    "eu-central-1, api-gateway.rest-api-usd-per-million-requests.requests, 3.70, 3.50",
    "us-west-2, api-gateway.rest-api-usd-per-million-requests.requests, 3.50, 3.50",
    "eu-west-1, api-gateway.http-api-usd-per-million-requests.requests, 1.11, 1.00",
    "eu-west-1, api-gateway.rest-api-usd-per-million-requests.requests, 3.50, 3.50",
    "eu-central-1, elb.usd-per-lb-hour, 0.0270, 0.0225",
    // internet data transfer out: regions known only in the first band (10 TB) state just that band
    "us-west-2, data-transfer.aws.data-transfer-usd-per-gb.internet, 0.09, 0.09",
    "eu-central-1, data-transfer.aws.data-transfer-usd-per-gb.internet, 0.09, 0.09",
    "us-west-2, elb.usd-per-lb-hour, 0.0225, 0.0225",
    "sa-east-1, elb.usd-per-lb-hour, 0.034, 0.0225",
    "us-west-2, api-gateway.http-api-usd-per-million-requests.requests, 1.00, 1.00",
    "sa-east-1, api-gateway.rest-api-usd-per-million-requests.requests, 4.25, 3.50",
    "ap-northeast-1, elb.usd-per-lb-hour, 0.0243, 0.0225",
    "ap-southeast-1, elb.usd-per-lb-hour, 0.0252, 0.0225",
    "eu-west-1, elb.usd-per-lb-hour, 0.0252, 0.0225",
    "ap-south-1, elb.usd-per-lb-hour, 0.0239, 0.0225",
    "asia-south1, cloud-run.usd-per-vcpu-second, 0.0000336, 0.000024",
    "europe-west3, cloud-run.usd-per-gib-second, 0.0000035, 0.0000025",
    "europe-west1, cloud-run.usd-per-vcpu-second, 0.000024, 0.000024",
  })
  void regionalFigure_isWhatTheSourceSays_againstTheHomeRegions(
      String region, String path, String regional, String home) {
    String homeRegion = path.startsWith("cloud-run") ? "us-central1" : "us-east-1";
    assertThat(new BigDecimal(value(region, path))).isEqualByComparingTo(regional);
    assertThat(new BigDecimal(value(homeRegion, path))).isEqualByComparingTo(home);
  }

  @Test
  void restApiInIreland_hasAllFourBands_asTheOfferFileSays() {
    List<Tier> bands =
        PriceCatalog.builtIn()
            .inRegion("eu-west-1")
            .tiers("api-gateway.rest-api-usd-per-million-requests.requests");
    assertThat(bands)
        .extracting(t -> t.price().value().toPlainString())
        .containsExactly("3.50", "3.19", "2.71", "1.72");
    assertThat(bands.get(3).upTo()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "us-west-2, 0.008",
    "eu-west-1, 0.008",
    "eu-central-1, 0.008",
    "ap-northeast-1, 0.008",
    "ap-southeast-1, 0.008",
    "ap-south-1, 0.008",
    "sa-east-1, 0.011"
  })
  void lcuHour_isStatedWhereASourceGivesIt(String region, String usdPerLcuHour) {
    // stated ahead of the home figure and of billing: LCU-hours are not billed yet
    assertThat(new BigDecimal(value(region, "elb.usd-per-lcu-hour")))
        .isEqualByComparingTo(usdPerLcuHour);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "eu-west-1, m7g.large, 0.091, 0.0816",
    "eu-central-1, c7i.large, 0.10185, 0.089250",
    "ap-south-1, c6g.large, 0.0426, 0.068000",
    "ap-northeast-1, m7g.xlarge, 0.2108, 0.1632",
    "us-west-2, t3.medium, 0.0416, 0.0416",
  })
  void instancePrices_differByRegion_asTheSourceSays(
      String region, String type, String regional, String home) {
    PriceCatalog catalog = PriceCatalog.builtIn();
    assertThat(catalog.inRegion(region).instance(type).orElseThrow().usdPerHour().value())
        .isEqualByComparingTo(regional);
    assertThat(catalog.instance(type).orElseThrow().usdPerHour().value())
        .isEqualByComparingTo(home);
  }

  @Test
  void instanceTypes_sameDefinitionEverywhere_butOfferedOnlyWherePriced() {
    PriceCatalog catalog = PriceCatalog.builtIn();
    assertThat(catalog.instanceNames()).hasSize(86).contains("m5.large", "r7g.4xlarge");
    assertThat(catalog.inRegion("sa-east-1").instanceNames()).isEmpty();
    assertThat(catalog.inRegion("ap-northeast-1").instance("m7g.large")).isEmpty();
    assertThat(catalog.inRegion("ap-southeast-1").instanceNames())
        .noneMatch(t -> t.startsWith("m8g"));
    assertThat(catalog.inRegion("eu-west-1").instance("r7g.4xlarge").orElseThrow().type())
        .isEqualTo(catalog.instance("r7g.4xlarge").orElseThrow().type());
  }

  @Test
  void aTieredPriceKnownOnlyInItsFirstBands_refusesUsageBeyondThem() {
    List<Tier> firstBand =
        PriceCatalog.builtIn().inRegion("eu-west-1").tiers("lambda.usd-per-gb-second.x86_64");
    assertThat(firstBand).singleElement().satisfies(t -> assertThat(t.upTo()).isNotNull());
    BillBuilder bill = new BillBuilder(new MonthScale(1, 1));

    bill.tiered("duration", firstBand.get(0).upTo(), "GB-s", firstBand);
    assertThatThrownBy(
            () ->
                bill.tiered(
                    "duration", firstBand.get(0).upTo().add(BigDecimal.ONE), "GB-s", firstBand))
        .isInstanceOf(MissingPriceException.class)
        .hasMessageContaining("usd-per-gb-second beyond 6000000000 GB-s");
  }
}
