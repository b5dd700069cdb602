package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --catalog FILE} on every command that prices: a broken overlay stops the command before
 * anything runs, with the overlay's problems in the scenario's format and exit 2; a good one is
 * applied in order, the later file's figure winning.
 */
class CatalogOptionTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "sweep", "validate", "check", "prices"})
  void catalog_brokenOverlay_isBadInputBeforeAnythingRuns(String command) throws Exception {
    Path overlay =
        file("bad.yaml", "lambda:\n  usd-per-million-requests: {value: \"0.2O\", unit: U}\n");
    Path scenario = Cli.resource(Cli.TINY);
    String[] args =
        switch (command) {
          case "run", "validate" ->
              new String[] {command, scenario.toString(), "--catalog", overlay.toString()};
          case "sweep" ->
              new String[] {
                command,
                scenario.toString(),
                "--vary",
                "rate=1/s,2/s",
                "--catalog",
                overlay.toString(),
                "--out",
                dir.resolve("sweep").toString()
              };
          default -> new String[] {command, "--catalog", overlay.toString()};
        };
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("problems in the price catalog overlays; nothing was run:")
        .contains("bad.yaml:2:37: lambda.usd-per-million-requests.value: expected a decimal")
        .contains("lambda.usd-per-million-requests.source: expected where the figure was published")
        .doesNotContain("Exception");
    assertThat(dir.resolve("sweep")).doesNotExist();
  }

  @Test
  void catalog_twoOverlays_theLaterWins() throws Exception {
    String figure =
        "lambda:\n  usd-per-million-requests: {value: \"%s\", unit: USD per million requests,"
            + " source: %s, effective: 2026-12-01}\n";
    Path first = file("first.yaml", figure.formatted("0.30", "first.pdf"));
    Path second = file("second.yaml", figure.formatted("0.40", "second.pdf"));
    String out =
        Cli.runOk(
                "prices",
                "usd-per-million-requests",
                "--catalog",
                first.toString(),
                "--catalog",
                second.toString())
            .out();
    assertThat(out).contains("lambda.usd-per-million-requests", "0.40", "second.pdf");
    assertThat(out).doesNotContain("first.pdf");
  }
}
