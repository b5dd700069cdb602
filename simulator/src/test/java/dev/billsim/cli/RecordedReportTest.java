package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports set what the provider billed ({@code recorded:}, written by billsim import) beside
 * billsim's figures: equal for an imported Lambda log replayed on lambda-recorded, and the
 * difference when they are not.
 */
class RecordedReportTest {
  @TempDir Path dir;

  private Path imported() {
    Path out = dir.resolve("imported");
    Cli.runOk(
        "import",
        "lambda-text",
        Cli.resource("/dev/billsim/importer/lambda/text-tail-detailed.log").toString(),
        "--cpu-share",
        "20%",
        "--out",
        out.toString(),
        "-q");
    return out.resolve("scenario.yaml");
  }

  @Test
  void importedLambdaLog_reportsTheLogsBilledFiguresBesideBillsims_equal() {
    Path scenario = imported();
    String text = Cli.runOk("run", scenario.toString(), "-q").out();
    assertThat(text)
        .contains(
            "  check: billed duration: recorded 4,282 ms (the sum of the logs' Billed Duration),"
                + " billsim 4,282 ms: equal")
        .contains("  check: billed GB-seconds: recorded 2.141 GB-s")
        .contains("billsim 2.141 GB-s: equal");
    String json = Cli.runOk("run", scenario.toString(), "-q", "--format", "json").out();
    assertThat(json).contains("\"figure\" : \"billed-ms\"").contains("\"equal\" : true");
    assertThat(json).doesNotContain("\"equal\" : false");
    String markdown = Cli.runOk("run", scenario.toString(), "-q", "--format", "markdown").out();
    assertThat(markdown).contains("- Check: billed duration: recorded 4,282 ms");
  }

  @Test
  void aDifferentFigure_isReportedWithTheDifference() throws Exception {
    Path scenario = imported();
    Files.writeString(
        scenario, Files.readString(scenario).replace("billed-ms: 4282", "billed-ms: 4300"));
    assertThat(Cli.runOk("run", scenario.toString(), "-q").out())
        .contains("billed duration: recorded 4,300 ms")
        .contains("billsim 4,282 ms: billsim -18 ms");
  }

  @Test
  void recordedFigures_forAPlatformTheScenarioLacks_areRefused() throws Exception {
    Path scenario = imported();
    Files.writeString(
        scenario,
        Files.readString(scenario)
            .replace("  lambda-recorded: {billed-ms", "  lambda-recordd: {billed-ms"));
    Cli.Result result = Cli.run("validate", scenario.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("recorded.lambda-recordd: expected the name of one of the scenario's platforms")
        .contains("did you mean 'lambda-recorded'?");
  }
}
