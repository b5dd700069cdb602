package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the contract for bad input through the real command line: exit code 2, one message per
 * problem of the form {@code file:line:column: key: expected X, got Y} with a {@code hint:} line,
 * no stack trace, nothing on stdout, and no {@code --out} directory or file written.
 *
 * <p>Each case breaks one line of {@code tiny.yaml}, a scenario that runs cleanly, so the line a
 * message must name is the line the test edits.
 */
class RunCommandBadInputTest {
  @TempDir Path dir;

  // --- unknown and missing keys ---------------------------------------------------------------

  @Test
  void run_unknownKey_reportsItOnceWithTheClosestKey() throws IOException {
    // One misspelt key is one mistake: no second message about 'horizon' being missing.
    Path file = tinyWith(5, "horizon: 2m", "horizont: 2m");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 5, "horizont");
    assertThat(result.err()).contains("unknown key 'horizont'", "did you mean 'horizon'?");
    assertThat(problemCount(result, file)).isEqualTo(1);
  }

  @Test
  void run_unknownNestedKey_namesTheKeyPathAndSuggests() throws IOException {
    Path file = tinyWith(12, "    weight: 9", "    wieght: 9");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 12, "requests[0].wieght");
    assertThat(result.err()).contains("did you mean 'weight'?");
  }

  @Test
  void run_missingTopLevelKey_reportsTheKeyAtTheTopMapping() throws IOException {
    // A missing key has no line of its own: it is reported where its mapping starts.
    Path file = tinyWith(5, "horizon: 2m", null);

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 3, "horizon");
    assertThat(result.err()).contains("the key 'horizon' is missing");
  }

  @Test
  void run_missingPlatformKey_reportsTheKeyAtItsPlatform() throws IOException {
    Path file = tinyWith(28, "    instance: t4g.small", null);

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 26, "platforms[2].instance");
    assertThat(result.err()).contains("the key 'instance' is missing", "m7g.large");
  }

  @Test
  void run_misspeltModelKey_reportsTheKeyNotAMissingModel() throws IOException {
    Path file = tinyWith(24, "    model: lambda", "    modle: lambda");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 24, "platforms[1].modle");
    assertThat(result.err()).contains("did you mean 'model'?");
    assertThat(problemCount(result, file)).isEqualTo(1);
  }

  // --- wrong units ------------------------------------------------------------------------------

  @Test
  void run_bareNumberForDuration_isWrongUnitError() throws IOException {
    // "cpu: 5" could mean 5 ms or 5 s: billsim never guesses a unit.
    Path file = tinyWith(14, "      - cpu: 5ms", "      - cpu: 5");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 14, "requests[0].steps[0].cpu");
    assertThat(result.err()).contains("got '5'", "add a unit");
  }

  @Test
  void run_durationWithUnknownUnit_namesTheUnit() throws IOException {
    Path file = tinyWith(5, "horizon: 2m", "horizon: 2 weeks");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 5, "horizon");
    assertThat(result.err()).contains("'weeks' is not a time unit");
  }

  @Test
  void run_memoryWithoutUnit_isWrongUnitError() throws IOException {
    Path file = tinyWith(25, "    memory: 512MB", "    memory: 512");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 25, "platforms[1].memory");
    assertThat(result.err()).contains("MB or GB");
  }

  @Test
  void run_rateWithUnknownTimeUnit_isWrongUnitError() throws IOException {
    Path file = tinyWith(9, "  rate: 2/s", "  rate: 2/sec");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 9, "traffic.rate");
    assertThat(result.err()).contains("'sec' is not a rate unit");
  }

  // --- values out of range ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0/s", "-5/s", "0.0/h"})
  void run_rateNotAboveZero_isRejected(String rate) throws IOException {
    Path file = tinyWith(9, "  rate: 2/s", "  rate: " + rate);

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 9, "traffic.rate");
    assertThat(result.err()).contains("a positive rate", "got '" + rate + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"50ms", "20ms"})
  void run_lognormalP99NotAboveMedian_isRejected(String p99) throws IOException {
    Path file =
        tinyWith(
            15,
            "      - io: {lognormal: {median: 50ms, p99: 200ms}}",
            "      - io: {lognormal: {median: 50ms, p99: " + p99 + "}}");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 15, "requests[0].steps[1].io.lognormal");
    assertThat(result.err())
        .contains("p99 must be greater than median", "got {median: 50ms, p99: " + p99 + "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"64MB", "127MB", "10241MB", "20GB"})
  void run_lambdaMemoryOutOfRange_isRejected(String memory) throws IOException {
    Path file = tinyWith(25, "    memory: 512MB", "    memory: " + memory);

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 25, "platforms[1].memory");
    assertThat(result.err()).contains("from 128MB to 10240MB", "got '" + memory + "'");
  }

  @Test
  void run_requestWeightBeyondDoubleRange_isScenarioProblemNotInternalError() throws IOException {
    Path file = tinyWith(12, "    weight: 9", "    weight: 1e400");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 12, "requests[0].weight");
  }

  // --- unknown names ----------------------------------------------------------------------------

  @Test
  void run_unknownModel_suggestsLambda() throws IOException {
    Path file = tinyWith(24, "    model: lambda", "    model: lamda");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 24, "platforms[1].model");
    assertThat(result.err()).contains("got 'lamda'", "did you mean 'lambda'?");
  }

  @Test
  void run_unknownInstanceType_suggestsTheClosestCatalogType() throws IOException {
    Path file = tinyWith(28, "    instance: t4g.small", "    instance: m7g.lage");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 28, "platforms[2].instance");
    assertThat(result.err()).contains("got 'm7g.lage'", "did you mean 'm7g.large'?");
  }

  @Test
  void run_duplicatePlatformNames_reportsTheSecondAndNamesTheFirst() throws IOException {
    Path file = tinyWith(26, "  - name: ec2", "  - name: lambda");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 26, "platforms[2].name");
    assertThat(result.err()).contains("platforms[1] is already named 'lambda'");
  }

  // --- malformed YAML ---------------------------------------------------------------------------

  @Test
  void run_unclosedBrace_reportsTheLineWhereItOpens() throws IOException {
    Path file =
        tinyWith(
            15,
            "      - io: {lognormal: {median: 50ms, p99: 200ms}}",
            "      - io: {lognormal: {median: 50ms, p99: 200ms}");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 15, "(syntax)");
    assertThat(result.err()).contains("well-formed YAML", "close the {");
  }

  @Test
  void run_tabIndentation_reportsTheTabbedLine() throws IOException {
    Path file = tinyWith(8, "  arrivals: poisson", "\tarrivals: poisson");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 8, "(syntax)");
    assertThat(result.err()).contains("not tabs");
  }

  @Test
  void run_keyWithoutSpaceAfterColon_reportsItsLine() throws IOException {
    Path file = tinyWith(6, "seed: 7", "seed: 7: 8");

    Cli.Result result = runRejected(file);

    assertProblem(result, file, 6, "(syntax)");
  }

  // --- several problems -------------------------------------------------------------------------

  @Test
  void run_severalProblems_reportsEachOnceInFileOrder() throws IOException {
    List<String> lines = tinyLines();
    lines.set(5 - 1, "horizon: 5");
    lines.set(8 - 1, "  arrivals: poison");
    lines.set(9 - 1, "  rate: 0/s");
    lines.set(14 - 1, "      - cpu: 5");
    lines.set(24 - 1, "    model: lamda");
    lines.set(28 - 1, "    instance: m7g.lage");
    Path file = write(lines);

    Cli.Result result = runRejected(file);

    assertThat(result.err()).contains("6 problems in the scenario");
    assertThat(problemCount(result, file)).isEqualTo(6);
    assertProblem(result, file, 5, "horizon");
    assertProblem(result, file, 8, "traffic.arrivals");
    assertProblem(result, file, 9, "traffic.rate");
    assertProblem(result, file, 14, "requests[0].steps[0].cpu");
    assertProblem(result, file, 24, "platforms[1].model");
    assertProblem(result, file, 28, "platforms[2].instance");
    assertThat(reportedLines(result, file)).containsExactly(5, 8, 9, 14, 24, 28);
  }

  // --- the file itself --------------------------------------------------------------------------

  @Test
  void run_missingFile_namesTheFileWithExpectationAndHint() {
    Path file = dir.resolve("no-such-scenario.yaml");

    Cli.Result result = runRejected(file);

    assertThat(result.err())
        .contains(file + ": (file): expected an existing scenario file, got no such file")
        .contains("  hint: ");
  }

  @Test
  void run_directoryAsFile_isRejected() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("scenarios"));

    Cli.Result result = runRejected(folder);

    assertThat(result.err())
        .contains(folder + ": (file): expected a readable scenario file, got a directory")
        .contains("  hint: ");
  }

  @Test
  void run_emptyFile_asksForTheTopMapping() throws IOException {
    Path file = write(List.of());

    Cli.Result result = runRejected(file);

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

  // --- helpers ----------------------------------------------------------------------------------

  /** Runs the scenario with {@code --out} and checks what every rejection must hold. */
  private Cli.Result runRejected(Path file) {
    Path out = dir.resolve("out");
    Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString(), "-q");
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err()).contains("nothing was run");
    assertThat(out).as("--out directory").doesNotExist();
    return result;
  }

  private static void assertNoStackTrace(Cli.Result result) {
    assertThat(result.err())
        .doesNotContain(
            "at dev.billsim", "at picocli", "Exception", "\tat ", "billsim: internal error");
  }

  /** Checks one message {@code file:line:col: key: expected X, got Y} followed by a hint line. */
  private static void assertProblem(Cli.Result result, Path file, int line, String key) {
    Pattern message =
        Pattern.compile(
            "(?m)^"
                + Pattern.quote(file.toString())
                + ":"
                + line
                + ":\\d+: "
                + Pattern.quote(key)
                + ": expected .+, got .+\\R  hint: \\S.*$");
    assertThat(result.err()).containsPattern(message);
  }

  private static long problemCount(Cli.Result result, Path file) {
    return result.err().lines().filter(l -> l.startsWith(file + ":")).count();
  }

  private static List<Integer> reportedLines(Cli.Result result, Path file) {
    String prefix = file + ":";
    return result
        .err()
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> Integer.valueOf(l.substring(prefix.length()).split(":")[0]))
        .toList();
  }

  private static List<String> tinyLines() throws IOException {
    return new ArrayList<>(Files.readAllLines(Cli.resource(Cli.TINY), StandardCharsets.UTF_8));
  }

  /**
   * Writes tiny.yaml with one line replaced ({@code now == null} removes it), after checking that
   * the line holds what the test expects, so an edit to tiny.yaml cannot silently move a case.
   */
  private Path tinyWith(int line, String was, String now) throws IOException {
    List<String> lines = tinyLines();
    assertThat(lines.get(line - 1)).as("tiny.yaml line %d", line).isEqualTo(was);
    if (now == null) {
      lines.remove(line - 1);
    } else {
      lines.set(line - 1, now);
    }
    return write(lines);
  }

  private Path write(List<String> lines) throws IOException {
    return Files.write(dir.resolve("bad.yaml"), lines, StandardCharsets.UTF_8);
  }
}
