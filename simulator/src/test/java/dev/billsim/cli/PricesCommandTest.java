package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billsim prices}: what the catalog holds, filtered, with provenance; bad queries exit 2.
 */
class PricesCommandTest {
  @TempDir Path dir;

  @Test
  void prices_lambda_listsLambdasFiguresAndTiersWithProvenance() {
    String out = Cli.runOk("prices", "lambda").out();
    assertThat(out)
        .contains(
            "lambda.usd-per-million-requests", "0.20", "https://aws.amazon.com/lambda/pricing/")
        .contains("lambda.usd-per-gb-second.x86_64", "first 6,000,000,000", "above 15,000,000,000")
        .contains("secondary")
        .doesNotContain("workers.");
  }

  @Test
  void prices_ec2_listsInstanceTypesWithSizeAndHourlyPrice() {
    String out = Cli.runOk("prices", "ec2.instances").out();
    assertThat(out).startsWith("type").contains("m7g.large", "8 GiB", "0.0816");
  }

  @Test
  void prices_glob_matchesWholePaths() {
    String out = Cli.runOk("prices", "fargate.*.arm64").out();
    assertThat(out).contains("fargate.usd-per-vcpu-hour.arm64", "fargate.usd-per-gb-hour.arm64");
    assertThat(out).doesNotContain("x86_64");
  }

  @Test
  void prices_json_isAnArrayWithExactValues() throws Exception {
    JsonNode rows =
        new ObjectMapper().readTree(Cli.runOk("prices", "m7g.large", "--format", "json").out());
    assertThat(rows.isArray()).isTrue();
    assertThat(rows.get(0).get("value").asText()).isEqualTo("0.0816");
    assertThat(rows.get(0).get("vcpus").asInt()).isEqualTo(2);
  }

  @Test
  void prices_csv_hasAHeaderAndOneLinePerRow() {
    String out = Cli.runOk("prices", "cloud-run.usd-per-vcpu-second", "--format", "csv").out();
    assertThat(out.split("\r\n")).hasSize(2);
    assertThat(out).startsWith("path,band-from,band-to,value,unit");
  }

  @Test
  void prices_regions_listsEachProvidersRegions() {
    String out = Cli.runOk("prices", "--regions").out();
    assertThat(out).contains("aws", "us-east-1", "US East (N. Virginia)", "google", "us-central1");
  }

  @Test
  void prices_queryMatchingNothing_isBadInputWithNothingOnStdout() {
    Cli.Result result = Cli.run("prices", "lamdba.usd");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("expected a query matching a catalog path, got 'lamdba.usd'")
        .contains("hint: billsim prices lists them all");
  }

  @Test
  void prices_unknownRegion_namesTheKnownOnes() {
    Cli.Result result = Cli.run("prices", "--region", "mars-1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("--region mars-1: expected a region in the catalog (")
        .contains("us-east-1")
        .contains("hint: billsim prices --regions lists them");
  }

  @Test
  void prices_withAnOverlay_showsItsFigureAndRegion() throws Exception {
    Path overlay = dir.resolve("o.yaml");
    Files.writeString(
        overlay,
        """
        lambda:
          usd-per-million-requests: {value: "0.25", unit: USD per million requests, source: my-quote.pdf, effective: 2026-12-01}
        regions:
          eu-west-1: {provider: aws, name: Europe (Ireland)}
        """);
    assertThat(Cli.runOk("prices", "--catalog", overlay.toString(), "requests").out())
        .contains("0.25", "my-quote.pdf", "2026-12-01");
    assertThat(Cli.runOk("prices", "--catalog", overlay.toString(), "--regions").out())
        .contains("eu-west-1", "Europe (Ireland)");
  }
}
