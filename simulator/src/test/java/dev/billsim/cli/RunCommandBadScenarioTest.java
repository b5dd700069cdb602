package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertProblem;
import static dev.billsim.cli.BadInput.problemCount;
import static dev.billsim.cli.BadInput.reportedLines;
import static dev.billsim.cli.BadInput.runRejected;
import static dev.billsim.cli.BadInput.tinyLines;
import static dev.billsim.cli.BadInput.tinyWith;
import static dev.billsim.cli.BadInput.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that each kind of mistake in a scenario file is rejected through the real command line
 * with exit code 2 and one message naming file, line, key path, expectation and hint, with no stack
 * trace and nothing written (see {@link BadInput}).
 *
 * <p>Each case breaks one line of {@code tiny.yaml}, a scenario that runs cleanly, so the line a
 * message must name is the line the test edits.
 */
class RunCommandBadScenarioTest {
  @TempDir Path dir;

  // --- unknown and missing keys ---------------------------------------------------------------

  @Test
  void run_unknownKey_reportsItOnceWithTheClosestKey() throws IOException {
    // One misspelt key is one mistake: no second message about 'horizon' being missing.
    Path file = tinyWith(dir, 5, "horizon: 2m", "horizont: 2m");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 5, "horizont");
    assertThat(result.err()).contains("unknown key 'horizont'", "did you mean 'horizon'?");
    assertThat(problemCount(result, file)).isEqualTo(1);
  }

  @Test
  void run_unknownNestedKey_namesTheKeyPathAndSuggests() throws IOException {
    Path file = tinyWith(dir, 12, "    weight: 9", "    wieght: 9");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 12, "requests[0].wieght");
    assertThat(result.err()).contains("did you mean 'weight'?");
  }

  @Test
  void run_missingTopLevelKey_reportsTheKeyAtTheTopMapping() throws IOException {
    // A missing key has no line of its own: it is reported where its mapping starts.
    Path file = tinyWith(dir, 5, "horizon: 2m", null);

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 3, "horizon");
    assertThat(result.err()).contains("the key 'horizon' is missing");
  }

  @Test
  void run_missingPlatformKey_reportsTheKeyAtItsPlatform() throws IOException {
    Path file = tinyWith(dir, 28, "    instance: t4g.small", null);

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 26, "platforms[2].instance");
    assertThat(result.err()).contains("the key 'instance' is missing", "m7g.large");
  }

  @Test
  void run_misspeltModelKey_reportsTheKeyNotAMissingModel() throws IOException {
    Path file = tinyWith(dir, 24, "    model: lambda", "    modle: lambda");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 24, "platforms[1].modle");
    assertThat(result.err()).contains("did you mean 'model'?");
    assertThat(problemCount(result, file)).isEqualTo(1);
  }

  // --- wrong units ------------------------------------------------------------------------------

  @Test
  void run_bareNumberForDuration_isWrongUnitError() throws IOException {
    // "cpu: 5" could mean 5 ms or 5 s: billsim never guesses a unit.
    Path file = tinyWith(dir, 14, "      - cpu: 5ms", "      - cpu: 5");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 14, "requests[0].steps[0].cpu");
    assertThat(result.err()).contains("got '5'", "add a unit");
  }

  @Test
  void run_durationWithUnknownUnit_namesTheUnit() throws IOException {
    Path file = tinyWith(dir, 5, "horizon: 2m", "horizon: 2 weeks");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 5, "horizon");
    assertThat(result.err()).contains("'weeks' is not a time unit");
  }

  @Test
  void run_memoryWithoutUnit_isWrongUnitError() throws IOException {
    Path file = tinyWith(dir, 25, "    memory: 512MB", "    memory: 512");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 25, "platforms[1].memory");
    assertThat(result.err()).contains("MB or GB");
  }

  @Test
  void run_rateWithUnknownTimeUnit_isWrongUnitError() throws IOException {
    Path file = tinyWith(dir, 9, "  rate: 2/s", "  rate: 2/sec");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 9, "traffic.rate");
    assertThat(result.err()).contains("'sec' is not a rate unit");
  }

  // --- values out of range ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0/s", "-5/s", "0.0/h"})
  void run_rateNotAboveZero_isRejected(String rate) throws IOException {
    Path file = tinyWith(dir, 9, "  rate: 2/s", "  rate: " + rate);

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 9, "traffic.rate");
    assertThat(result.err()).contains("a positive rate", "got '" + rate + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"50ms", "20ms"})
  void run_lognormalP99NotAboveMedian_isRejected(String p99) throws IOException {
    Path file =
        tinyWith(
            dir,
            15,
            "      - io: {lognormal: {median: 50ms, p99: 200ms}}",
            "      - io: {lognormal: {median: 50ms, p99: " + p99 + "}}");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 15, "requests[0].steps[1].io.lognormal");
    assertThat(result.err())
        .contains("p99 must be greater than median", "got {median: 50ms, p99: " + p99 + "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"64MB", "127MB", "10241MB", "20GB"})
  void run_lambdaMemoryOutOfRange_isRejected(String memory) throws IOException {
    Path file = tinyWith(dir, 25, "    memory: 512MB", "    memory: " + memory);

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 25, "platforms[1].memory");
    assertThat(result.err()).contains("from 128MB to 10240MB", "got '" + memory + "'");
  }

  @Test
  void run_requestWeightBeyondDoubleRange_isScenarioProblemNotInternalError() throws IOException {
    Path file = tinyWith(dir, 12, "    weight: 9", "    weight: 1e400");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 12, "requests[0].weight");
  }

  // --- unknown names ----------------------------------------------------------------------------

  @Test
  void run_unknownModel_suggestsLambda() throws IOException {
    Path file = tinyWith(dir, 24, "    model: lambda", "    model: lamda");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 24, "platforms[1].model");
    assertThat(result.err()).contains("got 'lamda'", "did you mean 'lambda'?");
  }

  @Test
  void run_unknownInstanceType_suggestsTheClosestCatalogType() throws IOException {
    Path file = tinyWith(dir, 28, "    instance: t4g.small", "    instance: m7g.lage");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 28, "platforms[2].instance");
    assertThat(result.err()).contains("got 'm7g.lage'", "did you mean 'm7g.large'?");
  }

  @Test
  void run_duplicatePlatformNames_reportsTheSecondAndNamesTheFirst() throws IOException {
    Path file = tinyWith(dir, 26, "  - name: ec2", "  - name: lambda");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 26, "platforms[2].name");
    assertThat(result.err()).contains("platforms[1] is already named 'lambda'");
  }

  // --- malformed YAML ---------------------------------------------------------------------------

  @Test
  void run_unclosedBrace_reportsTheLineWhereItOpens() throws IOException {
    Path file =
        tinyWith(
            dir,
            15,
            "      - io: {lognormal: {median: 50ms, p99: 200ms}}",
            "      - io: {lognormal: {median: 50ms, p99: 200ms}");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 15, "(syntax)");
    assertThat(result.err()).contains("well-formed YAML", "close the {");
  }

  @Test
  void run_tabIndentation_reportsTheTabbedLine() throws IOException {
    Path file = tinyWith(dir, 8, "  arrivals: poisson", "\tarrivals: poisson");

    Cli.Result result = runRejected(file, dir);

    assertProblem(result, file, 8, "(syntax)");
    assertThat(result.err()).contains("not tabs");
  }

  @Test
  void run_keyWithoutSpaceAfterColon_reportsItsLine() throws IOException {
    Path file = tinyWith(dir, 6, "seed: 7", "seed: 7: 8");

    Cli.Result result = runRejected(file, dir);

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
    Path file = write(dir, lines);

    Cli.Result result = runRejected(file, dir);

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
}
