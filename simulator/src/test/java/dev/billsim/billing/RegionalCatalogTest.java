package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Holds the catalog's regions to their rules: a home region is the catalog's own figures, another
 * region states its regional figures or has none (never the home region's by default), figures no
 * region states are the same everywhere, and a region may take a group's prices.
 */
class RegionalCatalogTest {
  static final String CATALOG =
      """
      lambda:
        usd-per-million-requests: {value: "0.20", unit: USD per million, source: https://home, effective: 2025-10-01}
        free-tier-requests: {value: "1000000", unit: requests, source: https://home, effective: 2025-10-01}
        usd-per-gb-second:
          x86_64: [{value: "0.0000166667"}]
          unit: USD per GB-s
          source: https://home
          effective: 2025-10-01
      ec2:
        instances:
          m7g.large: {vcpus: 2, memory-mb: 8192, usd-per-hour: "0.0816", source: https://home, effective: 2026-01-01}
          c7g.large: {vcpus: 2, memory-mb: 4096, usd-per-hour: "0.0725", source: https://home, effective: 2026-01-01}
      cloud-run:
        usd-per-vcpu-second: {value: "0.000024", unit: USD per vCPU-s, source: https://gcp, effective: 2026-01-01}
      data-transfer:
        aws:
          usd-per-gb: {value: "0.09", unit: USD per GB, source: https://home, effective: 2026-01-01}
      regional:
        aws: [data-transfer.aws]
      regions:
        us-east-1: {provider: aws, name: US East (N. Virginia)}
        eu-west-1:
          provider: aws
          name: Europe (Ireland)
          lambda:
            usd-per-million-requests: {value: "0.20", unit: USD per million, source: https://ie, effective: 2025-10-02}
            usd-per-gb-second:
              x86_64: [{value: "0.0000166667"}]
              unit: USD per GB-s
              source: https://ie
              effective: 2025-10-02
          ec2:
            instances:
              m7g.large: {usd-per-hour: "0.0892", source: https://ie, effective: 2026-01-02}
        sa-east-1:
          provider: aws
          lambda:
            usd-per-million-requests: {value: "0.20", unit: USD per million, source: https://br, effective: 2025-10-03}
        us-central1: {provider: google, name: Iowa}
        europe-west2:
          provider: google
          cloud-run:
            usd-per-vcpu-second: {value: "0.0000336", unit: USD per vCPU-s, source: https://tier2, effective: 2026-01-03}
        asia-south1: {provider: google, prices-as: europe-west2}
        europe-west1: {provider: google, prices-as: us-central1}
      """;

  static PriceCatalog catalog() {
    try {
      return PriceCatalog.load(new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void homeRegion_isTheCatalogsOwnFigures() {
    PriceCatalog home = catalog().inRegion("us-east-1");

    assertThat(home.region()).isEqualTo("us-east-1");
    assertThat(home.price("lambda.usd-per-million-requests").source()).isEqualTo("https://home");
    assertThat(home.instanceNames()).containsExactly("c7g.large", "m7g.large");
  }

  @Test
  void otherRegion_statesItsOwnFigures_andOffersOnlyTheTypesItPrices() {
    PriceCatalog ireland = catalog().inRegion("eu-west-1");

    assertThat(ireland.price("lambda.usd-per-million-requests").source()).isEqualTo("https://ie");
    assertThat(ireland.tiers("lambda.usd-per-gb-second.x86_64").get(0).price().effective())
        .isEqualTo("2025-10-02");
    assertThat(ireland.instanceNames()).containsExactly("m7g.large");
    InstanceOffer offer = ireland.instance("m7g.large").orElseThrow();
    assertThat(offer.usdPerHour().value()).isEqualByComparingTo("0.0892");
    assertThat(offer.type().memoryMb()).isEqualTo(8192);
  }

  @Test
  void regionalFigureARegionDoesNotState_isMissing_notTheHomeRegions() {
    PriceCatalog brazil = catalog().inRegion("sa-east-1");

    assertThat(brazil.price("lambda.usd-per-million-requests").source()).isEqualTo("https://br");
    assertThatThrownBy(() -> brazil.tiers("lambda.usd-per-gb-second.x86_64"))
        .isInstanceOf(MissingPriceException.class)
        .hasMessage("no price lambda.usd-per-gb-second.x86_64 in the catalog for region sa-east-1");
    assertThat(brazil.instance("m7g.large")).isEmpty();
  }

  @Test
  void figureDeclaredRegional_isMissingWhereNoRegionStatesIt() {
    assertThat(catalog().inRegion("us-east-1").price("data-transfer.aws.usd-per-gb").value())
        .isEqualByComparingTo("0.09");
    assertThatThrownBy(() -> catalog().inRegion("eu-west-1").price("data-transfer.aws.usd-per-gb"))
        .isInstanceOf(MissingPriceException.class);
  }

  @Test
  void figureNoRegionStates_isTheSameEverywhere() {
    assertThat(catalog().inRegion("sa-east-1").price("lambda.free-tier-requests").source())
        .isEqualTo("https://home");
    assertThat(catalog().inRegion("europe-west2").price("lambda.usd-per-million-requests").source())
        .as("an AWS figure is untouched by a Google region")
        .isEqualTo("https://home");
  }

  @Test
  void pricesAs_takesAnotherRegionsFigures() {
    assertThat(catalog().inRegion("asia-south1").price("cloud-run.usd-per-vcpu-second").value())
        .isEqualByComparingTo("0.0000336");
    assertThat(catalog().inRegion("europe-west1").price("cloud-run.usd-per-vcpu-second").value())
        .isEqualByComparingTo("0.000024");
  }

  @Test
  void regions_areListedPerProvider_andAnUnknownOneIsRefused() {
    assertThat(catalog().regions(Provider.AWS))
        .containsExactly("eu-west-1", "sa-east-1", "us-east-1");
    assertThat(catalog().regions(Provider.GOOGLE))
        .containsExactly("asia-south1", "europe-west1", "europe-west2", "us-central1");
    assertThat(catalog().regionLabel("eu-west-1")).isEqualTo("Europe (Ireland)");
    assertThatThrownBy(() -> catalog().inRegion("mars-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no region mars-1");
  }

  @Test
  void builtIn_hasEachProvidersHomeRegion() {
    assertThat(PriceCatalog.builtIn().regions(Provider.AWS)).contains("us-east-1");
    assertThat(PriceCatalog.builtIn().regions(Provider.GOOGLE)).contains("us-central1");
  }

  private static final String VARIANTS =
      """
      lambda:
        provisioned-usd-per-gb-second:
          x86_64: [{value: "0.0000041667"}]
          arm64: [{value: "0.0000033334"}]
          unit: USD per GB-s
          source: https://home
          effective: 2025-10-01
      cloud-run:
        idle-usd-per-vcpu-second: {value: "0.0000025", unit: USD per vCPU-s, source: https://gcp, effective: 2026-01-01}
        free-tier-requests: {value: "2000000", unit: requests, source: https://gcp, effective: 2026-01-01}
      regional:
        google: [cloud-run.idle-usd-per-vcpu-second]
      regions:
        us-east-1: {provider: aws}
        eu-west-1:
          provider: aws
          lambda:
            provisioned-usd-per-gb-second:
              x86_64: [{value: "0.0000046460"}]
              unit: USD per GB-s
              source: https://ie
              effective: 2026-12-06
        us-central1: {provider: google}
        europe-west1: {provider: google, prices-as: us-central1}
        europe-west2: {provider: google}
      """;

  private static PriceCatalog variants() throws IOException {
    return PriceCatalog.load(new ByteArrayInputStream(VARIANTS.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void regionStatingOneVariantOfATieredPrice_lacksTheOthers() throws IOException {
    PriceCatalog ireland = variants().inRegion("eu-west-1");

    assertThat(ireland.tiers("lambda.provisioned-usd-per-gb-second.x86_64").get(0).price().source())
        .isEqualTo("https://ie");
    assertThatThrownBy(() -> ireland.tiers("lambda.provisioned-usd-per-gb-second.arm64"))
        .isInstanceOf(MissingPriceException.class)
        .hasMessageContaining("lambda.provisioned-usd-per-gb-second.arm64")
        .hasMessageContaining("eu-west-1");
    assertThat(variants().inRegion("us-east-1").tiers("lambda.provisioned-usd-per-gb-second.arm64"))
        .hasSize(1);
  }

  @Test
  void figureMarkedRegional_isMissingWhereNoRegionStatesIt_butKeptWhereItPricesAsHome()
      throws IOException {
    PriceCatalog catalog = variants();

    assertThatThrownBy(
            () -> catalog.inRegion("europe-west2").price("cloud-run.idle-usd-per-vcpu-second"))
        .isInstanceOf(MissingPriceException.class);
    assertThat(catalog.inRegion("europe-west1").price("cloud-run.idle-usd-per-vcpu-second").value())
        .isEqualByComparingTo("0.0000025");
    assertThat(catalog.inRegion("europe-west2").price("cloud-run.free-tier-requests").value())
        .isEqualByComparingTo("2000000");
  }
}
