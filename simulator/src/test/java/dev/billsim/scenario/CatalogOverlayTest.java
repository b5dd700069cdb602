package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog overlays ({@code --catalog FILE}, a scenario's {@code catalog:}): a valid one replaces
 * the catalog's figures at its paths; a broken one is refused with file:line:col, the path in the
 * catalog, what was expected, what was found and a hint.
 */
class CatalogOverlayTest {
  @TempDir Path dir;

  private String problems(String overlay) throws Exception {
    Path file = dir.resolve("overlay.yaml");
    Files.writeString(file, overlay);
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> CatalogReader.apply(PriceCatalog.builtIn(), List.of(file)));
    assertThat(e).as("the overlay should be refused").isNotNull();
    return e.problems().stream()
        .map(ScenarioProblem::format)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  @Test
  void apply_validOverlay_replacesTheFigureAtItsPath() throws Exception {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(
        file,
        """
        lambda:
          usd-per-million-requests: {value: "0.25", unit: USD per million requests, source: quote.pdf, effective: 2026-12-01, note: negotiated}
        ec2:
          instances:
            m7g.large: {usd-per-hour: "0.07", source: quote.pdf, effective: 2026-12-01}
            x9.tiny: {vcpus: 1, memory-mb: 1024, usd-per-hour: "0.005", source: quote.pdf, effective: 2026-12-01}
        """);
    PriceCatalog catalog = CatalogReader.apply(PriceCatalog.builtIn(), List.of(file));
    assertThat(catalog.price("lambda.usd-per-million-requests").value())
        .isEqualByComparingTo("0.25");
    assertThat(catalog.price("lambda.usd-per-million-requests").source()).isEqualTo("quote.pdf");
    assertThat(catalog.instance("m7g.large").orElseThrow().type().memoryMb()).isEqualTo(8192);
    assertThat(catalog.instance("m7g.large").orElseThrow().usdPerHour().value())
        .isEqualByComparingTo("0.07");
    assertThat(catalog.instance("x9.tiny")).isPresent();
    // The built-in catalog is untouched.
    assertThat(PriceCatalog.builtIn().price("lambda.usd-per-million-requests").value())
        .isEqualByComparingTo("0.20");
  }

  @Test
  void apply_figureWithoutSourceOrEffective_isRefusedAtTheFigure() throws Exception {
    assertThat(problems("lambda:\n  usd-per-million-requests: {value: \"0.25\", unit: USD}\n"))
        .contains("overlay.yaml:2:29: lambda.usd-per-million-requests.source: expected where")
        .contains("lambda.usd-per-million-requests.effective: expected the date it applies from")
        .contains("hint: every figure records where it was published");
  }

  @Test
  void apply_valueNotADecimal_isRefusedAtTheValue() throws Exception {
    assertThat(
            problems(
                "lambda:\n  usd-per-million-requests:\n    value: twenty cents\n    unit: USD\n"
                    + "    source: x\n    effective: 2026-01-01\n"))
        .contains(
            "overlay.yaml:3:12: lambda.usd-per-million-requests.value: expected a decimal number"
                + " of at least 0, such as \"0.20\", got 'twenty cents'");
  }

  @Test
  void apply_unknownPath_suggestsTheClosest() throws Exception {
    assertThat(
            problems(
                "lambda:\n  usd-per-milion-requests: {value: \"1\", unit: U, source: s,"
                    + " effective: 2026-01-01}\n"))
        .contains("expected a path the catalog knows, got 'lambda.usd-per-milion-requests'")
        .contains("did you mean 'lambda.usd-per-million-requests'?");
  }

  @Test
  void apply_regionWithoutProviderOrWithAnUnknownOne_isRefused() throws Exception {
    String found =
        problems("regions:\n  xx-test-1: {name: Nowhere}\n  europe-west1: {provider: gcp}\n");
    assertThat(found)
        .contains(
            "regions.xx-test-1.provider: expected a provider for a region the catalog does"
                + " not have, got none")
        .contains(
            "overlay.yaml:3:28: regions.europe-west1.provider: expected a provider billsim"
                + " prices by region, got 'gcp'");
  }

  @Test
  void apply_bandsOutOfOrderAndBadDate_areRefused() throws Exception {
    String found =
        problems(
            """
            lambda:
              usd-per-gb-second:
                x86_64: [{up-to: "9", value: "1"}, {up-to: "5", value: "1"}, {value: "1"}]
                arm64: [{value: "1"}]
                unit: USD
                source: s
                effective: 1 March
            """);
    assertThat(found)
        .contains(
            "lambda.usd-per-gb-second.x86_64[2].up-to: expected an up-to above the band"
                + " before's (9), got '5'")
        .contains("lambda.usd-per-gb-second.effective: expected a date YYYY-MM-DD, got '1 March'");
  }

  @Test
  void apply_aValueWhereATieredPriceIs_isRefused() throws Exception {
    assertThat(
            problems(
                "lambda:\n  usd-per-gb-second: {value: \"1\", unit: U, source: s, effective:"
                    + " 2026-01-01}\n"))
        .contains("lambda.usd-per-gb-second: expected at lambda.usd-per-gb-second a tiered price");
    assertThat(problems("lambda:\n  usd-per-gb-second:\n    x86_64: [{value: \"1\"}]\n"))
        .contains("lambda.usd-per-gb-second: expected a whole tiered price");
    assertThat(
            problems(
                "lambda:\n  usd-per-million-requests: {unit: U, source: s, effective:"
                    + " 2026-01-01}\n"))
        .contains("lambda.usd-per-million-requests: expected a figure {value");
  }

  @Test
  void apply_newInstanceTypeWithoutSize_isRefused() throws Exception {
    assertThat(
            problems(
                "ec2:\n  instances:\n    z1.huge: {usd-per-hour: \"1\", source: s, effective:"
                    + " 2026-01-01}\n"))
        .contains(
            "ec2.instances.z1.huge: expected vcpus and memory-mb for a type the catalog"
                + " does not have");
  }

  @Test
  void apply_syntaxErrorAndMissingFile_areReportedWithoutAStackTrace() throws Exception {
    assertThat(problems("lambda: {usd-per-million-requests: [\n"))
        .contains("overlay.yaml:")
        .contains("expected well-formed YAML");
    ScenarioException missing =
        catchThrowableOfType(
            ScenarioException.class,
            () -> CatalogReader.apply(PriceCatalog.builtIn(), List.of(dir.resolve("nope.yaml"))));
    assertThat(missing.getMessage()).contains("nope.yaml: (file): expected an existing catalog");
  }

  @Test
  void scenarioCatalogKey_pathRelativeToTheScenario_billsWithTheOverlay() throws Exception {
    Files.createDirectories(dir.resolve("prices"));
    Files.writeString(
        dir.resolve("prices/cheap.yaml"),
        "ec2:\n  instances:\n    m7g.large: {usd-per-hour: \"0.05\", source: quote.pdf,"
            + " effective: 2026-12-01}\n");
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(
        scenario,
        """
        name: overlay
        catalog: [prices/cheap.yaml]
        horizon: 73h
        traffic: {arrivals: constant, rate: 1/s}
        requests: [{name: r, steps: [{cpu: 5ms}]}]
        platforms: [{name: ec2, model: ec2, instance: m7g.large}]
        """);
    Scenario loaded = new ScenarioLoader(PriceCatalog.builtIn()).load(scenario);
    PlatformResult result =
        new ScenarioRunner(PriceCatalog.builtIn(), 1)
            .run(loaded, ProgressListener.NONE)
            .platforms()
            .get(0);
    // 730 h x 0.05 = 36.50, where the built-in price (0.0816) would give 59.568.
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("36.50");
    assertThat(result.bill().items().get(0).price().source()).isEqualTo("quote.pdf");
  }

  @Test
  void scenarioCatalogKey_brokenOverlay_isReportedInTheOverlayFile() throws Exception {
    Files.writeString(
        dir.resolve("bad.yaml"), "ec2:\n  instances:\n    m7g.large: {usd-per-hour: x}\n");
    Files.writeString(
        dir.resolve("s.yaml"),
        """
        name: overlay
        catalog: [bad.yaml, missing.yaml]
        horizon: 1h
        traffic: {arrivals: constant, rate: 1/s}
        requests: [{name: r, steps: [{cpu: 5ms}]}]
        platforms: [{name: ec2, model: ec2, instance: m7g.large}]
        """);
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> new ScenarioLoader(PriceCatalog.builtIn()).load(dir.resolve("s.yaml")));
    assertThat(e.getMessage())
        .contains(
            "s.yaml:2:21: catalog[2]: expected an existing catalog overlay file, got no such"
                + " file (missing.yaml)")
        .contains("bad.yaml:3:31: ec2.instances.m7g.large.usd-per-hour: expected a decimal")
        .contains("bad.yaml:3:16: ec2.instances.m7g.large.source: expected where");
  }

  @Test
  void customInstance_isBilledWithTheCustomInstanceSource() throws Exception {
    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn())
            .parse(
                """
                name: custom
                horizon: 73h
                traffic: {arrivals: constant, rate: 1/s}
                requests: [{name: r, steps: [{cpu: 5ms}]}]
                platforms:
                  - {name: ec2, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}}
                  - {name: lmi, model: lambda-managed, instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.04}}
                """,
                "custom.yaml");
    List<PlatformResult> results =
        new ScenarioRunner(PriceCatalog.builtIn(), 1)
            .run(scenario, ProgressListener.NONE)
            .platforms();
    var ec2 = results.get(0).bill().items().get(0);
    assertThat(ec2.price().source()).isEqualTo("custom instance (scenario file)");
    assertThat(ec2.usd()).isEqualByComparingTo("7.592"); // 730 h x 0.0104
    var lmi =
        results.get(1).bill().items().stream()
            .filter(i -> i.name().equals("instance-hours"))
            .findFirst()
            .orElseThrow();
    assertThat(lmi.price().source()).isEqualTo("custom instance (scenario file)");
    assertThat(lmi.price().note()).doesNotContain("overrides");
  }
}
