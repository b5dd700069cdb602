package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertNoStackTrace;
import static dev.billsim.cli.BadInput.assertProblem;
import static dev.billsim.cli.BadInput.problemCount;
import static dev.billsim.cli.BadInput.tinyWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code billsim validate} through the real command line: one {@code FILE: ok} line on
 * stdout per valid file, every problem of the others on stderr in the same format as {@code run},
 * exit code 0 only when every file is valid, and never a stack trace.
 */
class ValidateCommandTest {
  @TempDir Path dir;

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  private static List<String> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
      return files.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void validate_allValid_printsOkForEachAndExitsZero() throws IOException {
    Path copy = Files.copy(Cli.resource(Cli.TINY), dir.resolve("copy.yaml"));

    Cli.Result result = Cli.run("validate", tiny(), copy.toString());

    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
    assertThat(result.out()).isEqualTo(tiny() + ": ok\n" + copy + ": ok\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void validate_oneInvalidAmongSeveral_reportsItsProblemsAndTheOthersOk() throws IOException {
    Path bad = tinyWith(dir, 9, "  rate: 2/s", "  rate: 2");
    Path alsoGood = Files.copy(Cli.resource(Cli.TINY), dir.resolve("good.yaml"));

    Cli.Result result = Cli.run("validate", tiny(), bad.toString(), alsoGood.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEqualTo(tiny() + ": ok\n" + alsoGood + ": ok\n");
    assertThat(result.err()).startsWith("billsim: 1 problem in " + bad + ":");
    assertProblem(result, bad, 9, "traffic.rate");
    assertThat(problemCount(result, bad)).isEqualTo(1);
    assertNoStackTrace(result);
  }

  @Test
  void validate_everyProblemOfAFile_isReported() throws IOException {
    List<String> lines = new ArrayList<>(BadInput.tinyLines());
    lines.set(8, "  rate: 2");
    lines.set(13, "      - cpu: 5");
    Path bad = BadInput.write(dir, lines);

    Cli.Result result = Cli.run("validate", bad.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("billsim: 2 problems in " + bad + ":");
    assertProblem(result, bad, 9, "traffic.rate");
    assertProblem(result, bad, 14, "requests[0].steps[0].cpu");
  }

  @Test
  void validate_missingFile_exitsTwoWithAFileProblem() {
    Path missing = dir.resolve("nonexistent.yaml");

    Cli.Result result = Cli.run("validate", missing.toString(), tiny());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEqualTo(tiny() + ": ok\n");
    assertThat(result.err())
        .contains(missing + ": (file): expected an existing scenario file, got no such file")
        .contains("  hint: ");
    assertNoStackTrace(result);
  }

  @Test
  void validate_directory_isAProblemNotACrash() {
    Cli.Result result = Cli.run("validate", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(dir + ": (file): expected a readable scenario file");
    assertNoStackTrace(result);
  }

  @Test
  void validate_noFile_isAUsageError() {
    Cli.Result result = Cli.run("validate");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required parameter", "Usage: billsim validate");
  }

  @Test
  void validate_everyBundledScenario_isValid() throws IOException {
    List<String> files = bundled();
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);

    Cli.Result result =
        Cli.run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));

    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
    assertThat(result.out().lines()).isEqualTo(files.stream().map(f -> f + ": ok").toList());
  }

  @Test
  void run_scenarioProblems_printTheSameMessagesAsValidate() throws IOException {
    Path bad = tinyWith(dir, 9, "  rate: 2/s", "  rate: 2");

    Cli.Result run = Cli.run("run", bad.toString(), "-q");
    Cli.Result validate = Cli.run("validate", bad.toString());

    assertThat(run.err()).startsWith("billsim: 1 problem in the scenario; nothing was run:");
    assertThat(run.err().lines().skip(1).toList())
        .isEqualTo(validate.err().lines().skip(1).toList());
  }
}
