package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.CatalogReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billsim prices import aws}: the fixtures, written in the documented bulk offer file format
 * (EC2 plain with terms after products, Lambda gzip with terms before them), import into an overlay
 * that keeps only Linux on-demand shared-tenancy instances of the regions and families asked for,
 * and {@code billsim run --catalog} bills with the imported prices.
 */
class PricesImportCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/dev/billsim/pricelist");
  private static final Path EC2 = FIXTURES.resolve("AmazonEC2-fixture.json");
  private static final Path LAMBDA = FIXTURES.resolve("AWSLambda-fixture.json.gz");
  private static final Path FARGATE = FIXTURES.resolve("AmazonECS-fixture.json");

  private static final String SCENARIO =
      """
      name: imported
      horizon: 73h
      traffic: {arrivals: constant, rate: 1/s}
      requests: [{name: r, steps: [{cpu: 5ms}]}]
      platforms:
        - {name: home, model: ec2, instance: m7g.large}
        - {name: ireland, model: ec2, instance: m7g.large, region: eu-west-1}
        - {name: fn, model: lambda, memory: 1024MB, free-tier: false, region: eu-west-1}
        - {name: task, model: fargate, vcpu: 1, memory: 2GB, region: eu-west-1}
      """;

  @TempDir Path dir;

  private Path importFixtures() {
    Path out = dir.resolve("aws.yaml");
    Cli.runOk(
        "prices",
        "import",
        "aws",
        EC2.toString(),
        LAMBDA.toString(),
        FARGATE.toString(),
        "--out",
        out.toString(),
        "--region",
        "us-east-1,eu-west-1",
        "--families",
        "m7g,t4g");
    return out;
  }

  @Test
  void importAws_fixtures_keepOnlyLinuxSharedOnDemandOfTheRegionsAndFamiliesAsked()
      throws Exception {
    String overlay = Files.readString(importFixtures());
    assertThat(overlay)
        .contains("m7g.large", "usd-per-hour: \"0.08\"", "usd-per-hour: \"0.0892\"")
        .contains("m7g.xlarge", "memory-mb: 16384", "t4g.nano", "memory-mb: 512")
        .contains("effective: 2026-11-01", "published 2026-11-20T10:00:00Z")
        .contains("imported from the AWS Price List bulk offer file AmazonEC2-fixture.json")
        .contains("usd-per-million-requests", "value: \"0.2\"", "up-to: \"6000000000\"")
        .contains("provisioned-duration-usd-per-gb-second", "name: EU (Ireland)")
        .contains("usd-per-vcpu-hour", "value: \"0.04048\"", "value: \"0.00356\"");
    // Windows, dedicated tenancy, another region, an unused reservation, another family,
    // pre-installed SQL, a reserved term, Lambda@Edge: none of them is imported.
    assertThat(overlay)
        .doesNotContain("0.172", "0.09\"", "ap-south-1", "0.07\"", "c7i", "0.11\"", "0.051")
        .doesNotContain("0.0000006", "0.046552");
    PriceCatalog catalog =
        CatalogReader.apply(PriceCatalog.builtIn(), List.of(dir.resolve("aws.yaml")));
    assertThat(catalog.instance("m7g.large").orElseThrow().usdPerHour().value())
        .isEqualByComparingTo("0.08");
    assertThat(catalog.inRegion("eu-west-1").instanceNames())
        .contains("m7g.large", "m7g.xlarge", "t4g.nano");
  }

  @Test
  void importAws_instanceTypes_keepsOnlyThoseNamed() throws Exception {
    Path out = dir.resolve("one.yaml");
    Cli.runOk(
        "prices",
        "import",
        "aws",
        EC2.toString(),
        "--out",
        out.toString(),
        "--instance-types",
        "m7g.xlarge",
        "-q");
    assertThat(Files.readString(out)).contains("m7g.xlarge").doesNotContain("m7g.large:", "t4g");
  }

  @Test
  void importAws_sameFilesTwice_writeTheSameBytes() throws Exception {
    byte[] first = Files.readAllBytes(importFixtures());
    byte[] second = Files.readAllBytes(importFixtures());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void run_withTheImportedOverlay_billsAtTheImportedPrices() throws Exception {
    Path overlay = importFixtures();
    Path scenario = dir.resolve("imported.yaml");
    Files.writeString(scenario, SCENARIO, StandardCharsets.UTF_8);
    Cli.Result result =
        Cli.runOk("run", scenario.toString(), "--catalog", overlay.toString(), "-q");
    // 730 h x 0.08 = 58.40 at home; 730 h x 0.0892 = 65.116 in Ireland; Fargate 1 vCPU and 2 GB
    // for 730 h at 0.04048 and 0.004445: 29.5504 + 6.4897 = 36.0401.
    assertThat(result.out()).contains("58.4").contains("65.116").contains("0.0892");
    assertThat(result.out()).contains("36.0401");
    assertThat(result.out()).contains("AmazonEC2-fixture.json");
  }

  @Test
  void run_withTheOverlayInTheScenariosCatalogKey_billsTheSame() throws Exception {
    Path overlay = importFixtures();
    Path scenario = dir.resolve("keyed.yaml");
    Files.writeString(
        scenario, "catalog: [" + overlay.getFileName() + "]\n" + SCENARIO, StandardCharsets.UTF_8);
    Cli.Result result = Cli.runOk("run", scenario.toString(), "-q");
    assertThat(result.out()).contains("58.4").contains("65.116");
  }

  @Test
  void importAws_truncatedFile_isRefusedWithWhereAndWritesNothing() throws Exception {
    byte[] whole = Files.readAllBytes(EC2);
    Path cut = dir.resolve("AmazonEC2-cut.json");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    Path out = dir.resolve("never.yaml");
    Cli.Result result = Cli.run("prices", "import", "aws", cut.toString(), "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("AmazonEC2-cut.json:")
        .contains("(byte ")
        .contains("expected well-formed JSON")
        .contains("nothing was written")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void importAws_notAnOfferFile_isRefusedAtItsPlace() throws Exception {
    Path wrong = dir.resolve("wrong.json");
    Files.writeString(wrong, "{\"products\": [1, 2]}");
    Cli.Result result =
        Cli.run(
            "prices", "import", "aws", wrong.toString(), "--out", dir.resolve("o.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("wrong.json:1:14")
        .contains("expected products: an object of products by SKU, got an array");
  }

  @Test
  void importAws_nothingMatches_isBadInputWithoutAFile() {
    Path out = dir.resolve("none.yaml");
    Cli.Result result =
        Cli.run(
            "prices",
            "import",
            "aws",
            EC2.toString(),
            "--out",
            out.toString(),
            "--region",
            "xx-nowhere-1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("got none of 10 products; nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void importOtherProvider_isRefused() {
    Cli.Result result =
        Cli.run("prices", "import", "gcp", EC2.toString(), "--out", dir.resolve("o").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("expected a provider whose price list billsim imports: aws");
  }
}
