package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that an {@code --out} that cannot take the files is refused before anything is simulated:
 * exit code 2, one message with the reason in plain words and a hint, no stack trace, nothing on
 * stdout, and no file or directory left behind by the check.
 */
class OutputCheckTest {
  @TempDir Path dir;

  private static Cli.Result refused(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err()).doesNotContain("wrote ").contains("\n  hint: ");
    return result;
  }

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  @Test
  void run_emptyOut_isRefusedNotAnInternalError() {
    Cli.Result result = refused("run", tiny(), "--out", "", "-q");

    assertThat(result.err())
        .startsWith(
            "billsim: --out '': expected a directory (created if missing), got an empty path");
  }

  @Test
  void run_blankOut_isRefusedRatherThanMakingADirectoryNamedBySpaces() {
    Cli.Result result = refused("run", tiny(), "--out", "  ", "-q");

    assertThat(result.err())
        .startsWith("billsim: --out '  ': expected a directory")
        .contains("blank");
  }

  @Test
  void sweep_emptyOut_isRefusedNotAnInternalError() {
    String params = Cli.resource("params.yaml").toString();

    Cli.Result result = refused("sweep", params, "--vary", "rate=1/s,4/s", "--out", "", "-q");

    assertThat(result.err()).startsWith("billsim: --out '': expected a directory");
  }

  @Test
  void check_emptyPath_throwsBeforeAnythingRuns() {
    assertThatThrownBy(() -> OutputCheck.check(Path.of(""), "files", OutputKind.RUN))
        .isInstanceOf(UserError.class);
  }

  @Test
  void check_proc_throwsBeforeAnythingRuns() {
    // /proc takes no new directory, even from root; before the probe this passed the check and
    // failed only after the whole simulation, when writing.
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

    assertThatThrownBy(() -> OutputCheck.check(Path.of("/proc"), "files", OutputKind.RUN))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("/proc/charts, which cannot be created (no such file or directory)");
  }

  @Test
  void run_outIsProc_saysWhyInPlainWords() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

    Cli.Result result = refused("run", tiny(), "--out", "/proc", "-q");

    assertThat(result.err())
        .startsWith(
            "billsim: --out /proc: expected a directory billsim can create and write files in, got"
                + " /proc/charts, which cannot be created (no such file or directory)");
  }

  @Test
  void sweep_outUnderProc_isRefusedAndCreatesNothing() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
    String params = Cli.resource("params.yaml").toString();

    Cli.Result result =
        refused("sweep", params, "--vary", "rate=1/s,4/s", "--out", "/proc/billsim/out", "-q");

    assertThat(result.err()).contains("got /proc/billsim, which cannot be created");
    assertThat(Path.of("/proc/billsim")).doesNotExist();
  }

  @Test
  void run_outUnderAReadOnlyDirectory_isRefusedAndCreatesNothing() throws IOException {
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root writes whatever the permission bits say: there the /proc cases stand in for this.
      assumeFalse(Files.isWritable(readOnly), "permission bits bind (not running as root)");
      Path out = readOnly.resolve("run1");

      Cli.Result result = refused("run", tiny(), "--out", out.toString(), "-q");

      assertThat(result.err())
          .contains("got " + out + ", which cannot be created (permission denied)");
      assertThat(out).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void run_badScenarioWithNewOut_leavesNoDirectoryFromTheProbe() {
    Path out = dir.resolve("new/deeper/out");

    Cli.Result result =
        Cli.run("run", dir.resolve("missing.yaml").toString(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void run_existingOut_probeLeavesNothingBehind() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    Cli.Result result = Cli.run("run", dir.resolve("missing.yaml").toString(), "--out", out + "");

    assertThat(result.exitCode()).isEqualTo(2);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("notes.txt"));
    }
  }

  @Test
  void run_directoryWhereAReportGoes_isRefusedBeforeRunning() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/index.html"));

    Cli.Result result = refused("run", tiny(), "--out", out.getParent().toString(), "-q");

    assertThat(result.err()).contains("got " + out + ", a directory");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.toList()).isEqualTo(List.of(out));
    }
  }
}
