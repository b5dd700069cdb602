package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.billsim.billing.PriceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that every mistake in a scenario becomes exactly one {@link ScenarioProblem} that names
 * the line and key path where it is, what was expected, what was found and a hint; and that no
 * input, however odd, escapes as any exception other than {@link ScenarioException}.
 */
class ScenarioLoaderProblemsTest {
  private static final String HEAD =
      """
      name: t
      horizon: 1h
      traffic: {arrivals: poisson, rate: 2/s}
      requests:
        - name: api
          steps: [{cpu: 5ms}]
      platforms:
      """;

  /** The first line after {@link #HEAD}. */
  private static final int PLATFORMS_LINE = 8;

  private final ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());

  @TempDir Path dir;

  private List<ScenarioProblem> problems(String text) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> loader.parse(text, "bad.yaml"));
    assertThat(e).as("a ScenarioException for:%n%s", text).isNotNull();
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("bad.yaml");
              assertThat(p.expected()).isNotBlank();
              assertThat(p.got()).isNotBlank();
              assertThat(p.hint()).isNotBlank();
            });
    return e.problems();
  }

  /** Returns the one problem of a text that has exactly one. */
  private ScenarioProblem problem(String text) {
    List<ScenarioProblem> found = problems(text);
    assertThat(found).as("problems").hasSize(1);
    return found.get(0);
  }

  @Test
  void parse_moreThanTenBillionRequests_isRefusedWithAHintToShortenTheHorizon() {
    ScenarioProblem p =
        problem(
            HEAD.replace("horizon: 1h", "horizon: 1month").replace("rate: 2/s", "rate: 10000/s")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("traffic.rate");
    assertThat(p.got()).startsWith("26,280,000,000");
    assertThat(p.hint()).contains("shorten the horizon");
  }

  @Test
  void parse_pricesOnTheWorkersFreePlan_areRefusedBecauseTheyWouldChangeNothing() {
    ScenarioProblem p =
        problem(HEAD + "  - {name: w, model: workers, plan: free, prices: {usd-per-month: 4}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].prices");
    assertThat(p.hint()).contains("plan: standard");
  }

  @Test
  void parse_freeTierPricesWithTheFreeTierOff_areRefusedBecauseTheyWouldChangeNothing() {
    ScenarioProblem p =
        problem(
            HEAD
                + "  - {name: l, model: lambda, free-tier: false,"
                + " prices: {free-tier-requests: 2000000}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].prices.free-tier-requests");
    assertThat(p.hint()).contains("free-tier: true");
  }

  @Test
  void parse_usageCreditPriceWithTheUsageCreditOff_isRefusedBecauseItWouldChangeNothing() {
    ScenarioProblem p =
        problem(
            HEAD
                + "  - {name: v, model: vercel, usage-credit: false,"
                + " prices: {usage-credit-usd: 10}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].prices.usage-credit-usd");
    assertThat(p.hint()).contains("usage-credit: true");
  }

  @Test
  void parse_unknownKey_isReportedAtTheKeyNotItsValue() {
    ScenarioProblem p =
        problem(HEAD.replace("horizon: 1h", "horizont:    1h") + "  - {name: w, model: workers}\n");

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.key()).isEqualTo("horizont");
    assertThat(p.hint()).startsWith("did you mean 'horizon'?");
  }

  @Test
  void parse_unknownKeyFarFromAnyKnownKey_listsTheKnownKeysAndStillReportsTheMissingOne() {
    List<ScenarioProblem> found =
        problems(HEAD.replace("horizon: 1h", "zzzzzz: 1h") + "  - {name: w, model: workers}\n");

    assertThat(found).extracting(ScenarioProblem::key).containsExactly("horizon", "zzzzzz");
    assertThat(found.get(1).hint()).startsWith("use one of: name, description, horizon");
  }

  @Test
  void parse_keyOfAnotherModel_isUnknownForThisModel() {
    ScenarioProblem p = problem(HEAD + "  - {name: w, model: workers, memory: 1GB}\n");

    assertThat(p.key()).isEqualTo("platforms[0].memory");
    assertThat(p.got()).isEqualTo("unknown key 'memory'");
  }

  @Test
  void parse_missingModel_isReportedAtThePlatform() {
    ScenarioProblem p = problem(HEAD + "  - name: w\n");

    assertThat(p.line()).isEqualTo(PLATFORMS_LINE);
    assertThat(p.key()).isEqualTo("platforms[0].model");
    assertThat(p.hint()).contains("workers, lambda or ec2");
  }

  @Test
  void parse_duplicateKey_isReportedAtTheSecond() {
    ScenarioProblem p =
        problem(
            HEAD.replace("horizon: 1h", "horizon: 1h\nhorizon: 2h")
                + "  - {name: w, model: workers}\n");

    assertThat(p.line()).isEqualTo(3);
    assertThat(p.key()).isEqualTo("horizon");
    assertThat(p.expected()).isEqualTo("each key once");
  }

  @Test
  void parse_duplicateRequestNames_reportsTheSecond() {
    ScenarioProblem p =
        problem(
            HEAD.replace(
                    "steps: [{cpu: 5ms}]\n",
                    "steps: [{cpu: 5ms}]\n  - name: api\n    steps: [{io: 1ms}]\n")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[1].name");
    assertThat(p.hint()).contains("requests[0] is already named 'api'");
  }

  @Test
  void parse_unknownStepKind_suggestsCpuOrIo() {
    ScenarioProblem p =
        problem(HEAD.replace("{cpu: 5ms}", "{cpi: 5ms}") + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpi");
    assertThat(p.hint()).contains("did you mean 'cpu'?");
  }

  @Test
  void parse_unknownDistribution_suggestsTheClosest() {
    ScenarioProblem p =
        problem(
            HEAD.replace("{cpu: 5ms}", "{cpu: {lognormla: {median: 1ms, p99: 2ms}}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu.lognormla");
    assertThat(p.hint()).contains("did you mean 'lognormal'?");
  }

  @Test
  void parse_distributionWithIncompleteParameters_namesTheAcceptedSets() {
    ScenarioProblem p =
        problem(
            HEAD.replace("{cpu: 5ms}", "{cpu: {lognormal: {median: 1ms}}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu.lognormal");
    assertThat(p.expected()).contains("{median, p99} or {mean, sd}");
  }

  @Test
  void parse_maxBesideTheDistribution_pointsInsideIt() {
    ScenarioProblem p =
        problem(
            HEAD.replace("{cpu: 5ms}", "{cpu: {exponential: {mean: 1ms}, max: 5ms}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu");
    assertThat(p.hint()).contains("put max inside");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "1e-400"})
  void parse_weightOutsideDoubleRange_isAProblemNotACrash(String weight) {
    ScenarioProblem p =
        problem(
            HEAD.replace("  - name: api\n", "  - name: api\n    weight: " + weight + "\n")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].weight");
    assertThat(p.got()).isEqualTo("'" + weight + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "many"})
  void parse_weightNotAPositiveNumber_isRejected(String weight) {
    ScenarioProblem p =
        problem(
            HEAD.replace("  - name: api\n", "  - name: api\n    weight: " + weight + "\n")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].weight");
    assertThat(p.expected()).isEqualTo("a number above zero");
  }

  @Test
  void parse_hugeCustomInstanceMemory_isAProblemNotACrash() {
    ScenarioProblem p =
        problem(
            HEAD
                + "  - {name: e, model: ec2, instance: {vcpus: 2, memory: 99999999999999999999GB,"
                + " usd-per-hour: 0.1}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].instance.memory");
  }

  @Test
  void parse_customInstanceMissingFields_namesEach() {
    List<ScenarioProblem> found =
        problems(HEAD + "  - {name: e, model: ec2, instance: {vcpus: 2}}\n");

    assertThat(found)
        .extracting(ScenarioProblem::key)
        .containsExactlyInAnyOrder(
            "platforms[0].instance.memory", "platforms[0].instance.usd-per-hour");
  }

  @Test
  void parse_hourlyPriceInInstanceAndPrices_isRejected() {
    ScenarioProblem p =
        problem(
            HEAD
                + "  - {name: e, model: ec2, instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.1},"
                + " prices: {usd-per-hour: 0.2}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].instance.usd-per-hour");
  }

  @Test
  void parse_unknownPriceKey_suggestsTheModelsKeys() {
    ScenarioProblem p =
        problem(HEAD + "  - {name: l, model: lambda, prices: {usd-per-gb-secnd: 0.1}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].prices.usd-per-gb-secnd");
    assertThat(p.hint()).contains("did you mean 'usd-per-gb-second'?");
  }

  @Test
  void parse_negativePrice_isRejected() {
    ScenarioProblem p =
        problem(HEAD + "  - {name: w, model: workers, prices: {usd-per-month: -5}}\n");

    assertThat(p.key()).isEqualTo("platforms[0].prices.usd-per-month");
    assertThat(p.expected()).isEqualTo("a number of zero or more");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "6m"})
  void parse_workersCpuLimitOutOfRange_isRejected(String limit) {
    ScenarioProblem p = problem(HEAD + "  - {name: w, model: workers, cpu-limit: " + limit + "}\n");

    assertThat(p.key()).isEqualTo("platforms[0].cpu-limit");
    assertThat(p.expected()).contains("at most 5m");
  }

  @Test
  void parse_workersFreePlanWithCpuLimit_isRejected() {
    ScenarioProblem p =
        problem(HEAD + "  - {name: w, model: workers, plan: free, cpu-limit: 50ms}\n");

    assertThat(p.key()).isEqualTo("platforms[0].cpu-limit");
    assertThat(p.hint()).contains("plan: standard");
  }

  @Test
  void parse_lambdaSettingsOfTheWrongKind_areEachReported() {
    List<ScenarioProblem> found =
        problems(
            HEAD
                + """
                  - name: l
                    model: lambda
                    arch: arm
                    concurrency-limit: 0
                    free-tier: yes
                    keep-alive: 10
                """);

    assertThat(found)
        .extracting(ScenarioProblem::line, ScenarioProblem::key)
        .containsExactly(
            tuple(PLATFORMS_LINE + 2, "platforms[0].arch"),
            tuple(PLATFORMS_LINE + 3, "platforms[0].concurrency-limit"),
            tuple(PLATFORMS_LINE + 4, "platforms[0].free-tier"),
            tuple(PLATFORMS_LINE + 5, "platforms[0].keep-alive"));
    assertThat(found.get(0).hint()).contains("did you mean 'arm64'?");
  }

  @Test
  void parse_emptyLists_areRejected() {
    List<ScenarioProblem> found =
        problems(
            """
            name: t
            horizon: 1h
            traffic: {arrivals: poisson, rate: 2/s}
            requests: []
            platforms: []
            """);

    assertThat(found).extracting(ScenarioProblem::key).containsExactly("requests", "platforms");
  }

  @Test
  void parse_horizonOfZero_isRejected() {
    ScenarioProblem p =
        problem(HEAD.replace("horizon: 1h", "horizon: 0s") + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("horizon");
    assertThat(p.expected()).isEqualTo("a horizon above zero");
  }

  @Test
  void parse_yamlAlias_isReportedAsUnsupportedNotReadAsText() {
    ScenarioProblem p =
        problem(
            HEAD.replace("horizon: 1h", "horizon: &h 1h").replace("{cpu: 5ms}", "{cpu: *h}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu");
    assertThat(p.got()).contains("alias *h", "not supported");
  }

  @Test
  void parse_secondDocument_isReportedAtItsLine() {
    ScenarioProblem p = problem(HEAD + "  - {name: w, model: workers}\n---\nname: u\n");

    assertThat(p.line()).as("the --- line").isEqualTo(PLATFORMS_LINE + 1);
    assertThat(p.key()).isEqualTo("(syntax)");
    assertThat(p.got()).contains("second document");
  }

  @Test
  void parse_unclosedQuote_isReportedWhereTheQuoteOpens() {
    ScenarioProblem p =
        problem(HEAD.replace("name: t", "name: \"t") + "  - {name: w, model: workers}\n");

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.key()).isEqualTo("(syntax)");
    assertThat(p.hint()).contains("close the quote");
  }

  @Test
  void parse_nestingBeyondTheParsersLimit_isASyntaxProblemWithALine() {
    ScenarioProblem p = problem("name: " + "[".repeat(2000) + "]".repeat(2000) + "\n");

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.key()).isEqualTo("(syntax)");
    assertThat(p.got()).contains("nesting depth");
  }

  @Test
  void parse_topLevelList_asksForAMapping() {
    ScenarioProblem p = problem("- name: t\n");

    assertThat(p.key()).isEqualTo("(scenario)");
    assertThat(p.got()).isEqualTo("a list");
  }

  @Test
  void load_fileNotUtf8_isAFileProblem() throws IOException {
    Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', ':', ' ', (byte) 0xE9});

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(file));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("(file)");
              assertThat(p.expected()).isEqualTo("a UTF-8 text file");
            });
  }

  @Test
  void format_problemWithLine_readsFileLineColumnKeyExpectedGotAndHint() {
    ScenarioProblem p =
        new ScenarioProblem("s.yaml", 3, 9, "traffic.rate", "a rate", "'x'", "e.g. 20/s");

    assertThat(p.format())
        .isEqualTo(
            "s.yaml:3:9: traffic.rate: expected a rate, got 'x'"
                + System.lineSeparator()
                + "  hint: e.g. 20/s");
  }

  @Test
  void format_problemWithTheWholeFile_omitsLineAndColumn() {
    ScenarioProblem p = new ScenarioProblem("s.yaml", 0, 0, "(file)", "a file", "a directory", "");

    assertThat(p.format()).isEqualTo("s.yaml: (file): expected a file, got a directory");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{arrivals: trace, file: t.csv, speed: 1e400}|traffic.speed",
        "{arrivals: diurnal, rate: 1/s, peak-to-trough: 1e400, peak-hour: 3}|traffic.peak-to-trough",
        "{arrivals: diurnal, rate: 1/s, hourly: [1e400, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,"
            + " 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}|traffic.hourly[0]",
        "{arrivals: stages, stages: [{duration: 1m, target: 1e400/s}]}|traffic.stages[0].target",
        "{arrivals: poisson, rate: 2/s, sessions: {interactions: {geometric: {mean: 1e400}},"
            + " think-time: 1s}}|traffic.sessions.interactions.geometric.mean",
      })
  void parse_numberBeyondDoubleRange_isAProblemNotACrashOrAHang(String change) throws IOException {
    // 1e400 is infinite as a double: it used to escape as an IllegalArgumentException, or run
    // forever on a NaN rate profile.
    Files.writeString(dir.resolve("t.csv"), "t\n0\n1\n");
    String[] parts = change.split("\\|");
    String text =
        HEAD.replace("{arrivals: poisson, rate: 2/s}", parts[0])
            + "  - {name: w, model: workers}\n";
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> loader.parse(text, "bad.yaml", dir));

    assertThat(e).as("a ScenarioException").isNotNull();
    assertThat(e.problems()).extracting(ScenarioProblem::key).containsExactly(parts[1]);
  }

  @Test
  void parse_mixtureWeightBeyondDoubleRange_isAProblem() {
    ScenarioProblem p =
        problem(
            HEAD.replace(
                    "{cpu: 5ms}",
                    "{cpu: {mixture: [{weight: 1e400, distribution: 1ms}, {weight: 1, distribution: 2ms}]}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu.mixture[0].weight");
    assertThat(p.expected()).isEqualTo("a number of at most 1e300");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/us", "0/xyz"})
  void parse_zeroStageTargetWithoutARateUnit_isAProblem(String target) {
    ScenarioProblem p =
        problem(
            HEAD.replace(
                    "{arrivals: poisson, rate: 2/s}",
                    "{arrivals: stages, stages: [{duration: 1m, target: "
                        + target
                        + "}, {duration: 1m, target: 1/s}]}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("traffic.stages[0].target");
  }

  @ParameterizedTest
  @ValueSource(strings = {"unit: s", "column: latency"})
  void parse_fileKeysBesidePercentiles_areReportedNotIgnored(String key) {
    ScenarioProblem p =
        problem(
            HEAD.replace(
                    "{cpu: 5ms}",
                    "{cpu: {empirical: {percentiles: {p0: 1ms, p100: 2ms}, " + key + "}}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.key()).isEqualTo("requests[0].steps[0].cpu.empirical." + key.split(":")[0]);
    assertThat(p.expected()).contains("beside percentiles");
  }

  @Test
  void parse_unknownDataUnit_listsTheUnitsInAFixedOrder() {
    ScenarioProblem p =
        problem(
            HEAD.replace(
                    "{cpu: 5ms}", "{cpu: {empirical: {file: d.csv, column: ms, unit: minutes}}}")
                + "  - {name: w, model: workers}\n");

    assertThat(p.expected()).isEqualTo("one of s, ms, us, ns");
  }
}
