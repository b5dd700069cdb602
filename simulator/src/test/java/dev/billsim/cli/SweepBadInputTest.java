package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every bad {@code --vary} and {@code --set} is refused before anything runs: exit code
 * 2, one message naming the option, what was expected, what was given and a hint, nothing on
 * stdout, no stack trace and no {@code --out} directory.
 */
class SweepBadInputTest {
  @TempDir Path dir;

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(
            List.of("--vary", "raet=1/s"),
            "--vary raet=1/s: expected a parameter the scenario declares, got 'raet'"),
        Arguments.of(
            List.of("--vary", "rate=1/s..10/s:1"),
            "--vary rate=1/s..10/s:1: expected a count of values from 2 to 1000"),
        Arguments.of(
            List.of("--vary", "rate=1/s..10/m:3"),
            "--vary rate=1/s..10/m:3: expected both ends in the same unit"),
        Arguments.of(
            List.of("--vary", "wait=0ms..1000ms:3:log"),
            "expected ends above zero for a log range"),
        Arguments.of(
            List.of("--vary", "wait=1,2"),
            "--vary wait=1,2: expected a duration like 5s (wait's default is 50ms), got '1'"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--set", "wait=5"),
            "--set wait=5: expected a duration like 5s (wait's default is 50ms), got '5'"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--set", "nope=1"),
            "--set nope=1: expected a parameter the scenario declares, got 'nope'"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--set", "wait"), "--set wait: expected NAME=VALUE"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--set", "wait=1s", "--set", "wait=2s"),
            "expected each parameter set once"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--vary", "wait=1s", "--vary", "plan=free"),
            "--vary plan=free: expected at most two --vary"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--vary", "rate=2/s"),
            "--vary rate=2/s: expected a different parameter in each --vary"),
        Arguments.of(
            List.of("--vary", "rate=1/s,2/s", "--set", "rate=3/s"),
            "--vary rate=1/s,2/s: expected a parameter that is not also set"),
        Arguments.of(
            List.of("--vary", "rate=1/s..10/s:1000", "--vary", "wait=1ms..10ms:11"),
            "expected at most 10000 points, got 11000 points"),
        Arguments.of(
            List.of("--vary", "rate=1/s", "--threads", "0"), "--threads 0: expected at least 1"),
        Arguments.of(List.of(), "Missing required option: '--vary=NAME=VALUES'"));
  }

  private Cli.Result sweepRejected(String scenario, List<String> options) {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("sweep", scenario, "--out", out.toString(), "-q"));
    args.addAll(options);
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    BadInput.assertNoStackTrace(result);
    assertThat(out).as("--out directory").doesNotExist();
    return result;
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void sweep_badOption_isRefusedWithOneClearMessage(List<String> options, String message) {
    Cli.Result result = sweepRejected(Cli.resource("params.yaml").toString(), options);

    assertThat(result.err()).contains(message);
    if (!options.isEmpty()) {
      assertThat(result.err()).startsWith("billsim: ").containsPattern("(?m)^  hint: \\S");
    }
  }

  @Test
  void sweep_valueTheLoaderRefusesAtOnePoint_namesThePointAndTheLine() {
    Path file = Cli.resource("params.yaml");

    Cli.Result result = sweepRejected(file.toString(), List.of("--vary", "rate=1/s,0/s"));

    assertThat(result.err())
        .startsWith("billsim: 1 problem in the scenario at rate=0/s; nothing was run:");
    BadInput.assertProblem(result, file, 10, "traffic.rate");
    assertThat(result.err()).contains("got '0/s' (from '${rate}')");
  }

  @Test
  void sweep_scenarioWithoutParameters_saysSo() {
    Cli.Result result =
        sweepRejected(Cli.resource(Cli.TINY).toString(), List.of("--vary", "rate=1/s"));

    assertThat(result.err())
        .contains("expected a parameter the scenario declares (it declares none), got 'rate'")
        .contains("hint: declare it at the top of");
  }

  @Test
  void sweep_outIsAFile_isRefusedBeforeRunning() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    Cli.Result result =
        Cli.run(
            "sweep",
            Cli.resource("params.yaml").toString(),
            "--vary",
            "rate=1/s",
            "--out",
            file.toString(),
            "-q");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("expected a directory (created if missing), got an existing file");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void run_badSet_isRefusedLikeSweep() {
    Cli.Result result =
        Cli.run("run", Cli.resource("params.yaml").toString(), "--set", "memory=lots", "-q");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(
            "--set memory=lots: expected a memory size like 1024MB (memory's default is 512MB)");
    BadInput.assertNoStackTrace(result);
  }
}
