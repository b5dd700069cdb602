package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertNoStackTrace;
import static dev.billsim.cli.BadInput.assertProblem;
import static dev.billsim.cli.BadInput.runRejected;
import static dev.billsim.cli.BadInput.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that a wrong FILE or option is rejected with exit code 2 and a message saying what was
 * expected and a hint, with no stack trace, nothing on stdout and nothing written.
 */
class RunCommandBadArgumentsTest {
  @TempDir Path dir;

  // --- the file itself --------------------------------------------------------------------------

  @Test
  void run_missingFile_namesTheFileWithExpectationAndHint() {
    Path file = dir.resolve("no-such-scenario.yaml");

    Cli.Result result = runRejected(file, dir);

    assertThat(result.err())
        .contains(file + ": (file): expected an existing scenario file, got no such file")
        .contains("  hint: ");
  }

  @Test
  void run_directoryAsFile_isRejected() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("scenarios"));

    Cli.Result result = runRejected(folder, dir);

    assertThat(result.err())
        .contains(folder + ": (file): expected a readable scenario file, got a directory")
        .contains("  hint: ");
  }

  @Test
  void run_emptyFile_asksForTheTopMapping() throws IOException {
    Path file = write(dir, List.of());

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 1, "(scenario)");
  }

  // --- options ----------------------------------------------------------------------------------

  @Test
  void run_outIsExistingFile_isRejectedBeforeRunningAndLeavesTheFile() throws IOException {
    Path outFile = Files.writeString(dir.resolve("results"), "keep me");

    Cli.Result result = Cli.run("run", Cli.resource(Cli.TINY).toString(), "--out", outFile + "");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err())
        .contains("--out " + outFile + ": expected a directory", "got an existing file", "hint: ");
    assertThat(Files.readString(outFile)).isEqualTo("keep me");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(outFile);
    }
  }

  @Test
  void run_outInsideAFile_isRejectedAndCreatesNothing() throws IOException {
    Path outFile = Files.writeString(dir.resolve("results"), "keep me");
    Path out = outFile.resolve("run1");

    Cli.Result result = Cli.run("run", Cli.resource(Cli.TINY).toString(), "--out", out + "");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err()).contains("--out " + out + ": expected a directory", "hint: ");
    assertThat(Files.readString(outFile)).isEqualTo("keep me");
  }

  @Test
  void run_unknownFormat_isUsageErrorWithExitCode2() {
    Path out = dir.resolve("out");

    Cli.Result result =
        Cli.run("run", Cli.resource(Cli.TINY).toString(), "--format", "yaml", "--out", out + "");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err())
        .contains("--format", "expected one of table, json, csv, markdown", "got 'yaml'")
        .contains("Usage: billsim run");
    assertThat(out).doesNotExist();
  }

  @Test
  void run_threadsBelowOne_isRejected() {
    Path out = dir.resolve("out");

    Cli.Result result =
        Cli.run("run", Cli.resource(Cli.TINY).toString(), "--threads", "0", "--out", out + "");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--threads 0: expected at least 1, got 0", "hint: ");
    assertThat(out).doesNotExist();
  }

  @Test
  void run_withoutFile_isUsageErrorWithExitCode2() {
    Cli.Result result = Cli.run("run");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Missing required parameter: 'FILE'", "Usage: billsim run");
  }
}
