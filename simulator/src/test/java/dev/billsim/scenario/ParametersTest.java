package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.ArrivalSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code parameters:} and {@code ${name}}: a scenario with its parameters at their defaults
 * loads exactly as the same file with the values written out; an override replaces a default
 * everywhere it is used; every problem (an undeclared or malformed reference, a malformed
 * declaration, a substituted value the loader refuses) is reported where it is written, and a bad
 * substituted value names the reference it came from.
 */
class ParametersTest {
  private static final String WITH_PARAMETERS =
      """
      name: p-${n}
      parameters: {n: 3, rate: 20/s, memory: 1024MB, plan: standard, wait: 250ms}
      horizon: 1h
      traffic: {arrivals: poisson, rate: "${n}/s"}
      requests:
        - name: api
          steps: [{cpu: 5ms}, {io: "${wait}"}]
      platforms:
        - {name: w, model: workers, plan: "${plan}"}
        - name: l
          model: lambda
          memory: ${memory}
      """;

  private final ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());

  @TempDir Path dir;

  private ScenarioTemplate template(String text) throws ScenarioException {
    return loader.template(text, "p.yaml", dir);
  }

  private static List<ScenarioProblem> problems(ThrowingLoad load) {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, load::run);
    assertThat(e).as("a ScenarioException").isNotNull();
    return e.problems();
  }

  @FunctionalInterface
  private interface ThrowingLoad {
    void run() throws ScenarioException;
  }

  private static double poissonRate(Scenario scenario) {
    return ((ArrivalSpec.Poisson) scenario.workload().traffic().arrivals()).rate().perSecond();
  }

  @Test
  void instantiate_defaults_loadsAsIfTheValuesWereWrittenOut() throws ScenarioException {
    Scenario scenario = template(WITH_PARAMETERS).instantiate(Map.of());

    assertThat(scenario.name()).isEqualTo("p-3");
    assertThat(poissonRate(scenario)).isEqualTo(3.0);
    assertThat(((LambdaSpec) scenario.platforms().get(1)).memoryMb()).isEqualTo(1024);
    assertThat(((WorkersSpec) scenario.platforms().get(0)).plan())
        .isEqualTo(WorkersSpec.Plan.STANDARD);
    Scenario written =
        loader.parse(
            WITH_PARAMETERS
                .replace("${n}", "3")
                .replace("${wait}", "250ms")
                .replace("${plan}", "standard")
                .replace("${memory}", "1024MB"),
            "p.yaml",
            dir);
    assertThat(scenario.workload()).isEqualTo(written.workload());
    assertThat(scenario.platforms()).isEqualTo(written.platforms());
  }

  @Test
  void instantiate_override_replacesTheDefaultWhereverItIsUsed() throws ScenarioException {
    Scenario scenario =
        template(WITH_PARAMETERS).instantiate(Map.of("n", "7", "memory", "2GB", "plan", "free"));

    assertThat(scenario.name()).isEqualTo("p-7");
    assertThat(poissonRate(scenario)).isEqualTo(7.0);
    assertThat(((LambdaSpec) scenario.platforms().get(1)).memoryMb()).isEqualTo(2048);
    assertThat(((WorkersSpec) scenario.platforms().get(0)).plan()).isEqualTo(WorkersSpec.Plan.FREE);
  }

  @Test
  void template_declaredParameters_haveKindsInferredFromTheirDefaults() throws ScenarioException {
    ScenarioTemplate template = template(WITH_PARAMETERS);

    assertThat(template.parameters())
        .extracting(Parameter::name, Parameter::kind, Parameter::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n", ParameterKind.NUMBER, 2),
            org.assertj.core.groups.Tuple.tuple("rate", ParameterKind.RATE, 2),
            org.assertj.core.groups.Tuple.tuple("memory", ParameterKind.SIZE, 2),
            org.assertj.core.groups.Tuple.tuple("plan", ParameterKind.TEXT, 2),
            org.assertj.core.groups.Tuple.tuple("wait", ParameterKind.DURATION, 2));
    assertThat(template.hasProblems()).isFalse();
  }

  @Test
  void load_unusedParameter_isFine() throws ScenarioException {
    Scenario scenario =
        loader.parse(
            """
            name: t
            parameters: {unused: 5s}
            horizon: 1h
            traffic: {arrivals: poisson, rate: 2/s}
            requests: [{name: api, steps: [{cpu: 5ms}]}]
            platforms: [{name: w, model: workers}]
            """,
            "p.yaml",
            dir);

    assertThat(scenario.name()).isEqualTo("t");
  }

  @Test
  void load_undeclaredReference_isReportedAtItsLineWithTheClosestName() {
    ScenarioProblem p =
        OneProblem.of(WITH_PARAMETERS.replace("memory: ${memory}", "memory: ${memroy}"), dir);

    assertThat(p.line()).isEqualTo(12);
    assertThat(p.key()).isEqualTo("platforms[1].memory");
    assertThat(p.got()).isEqualTo("${memroy}, which is not declared");
    assertThat(p.hint()).contains("${memory}");
  }

  @Test
  void load_referenceWithoutParameters_hintsAtDeclaringOne() {
    ScenarioProblem p =
        OneProblem.of(
            """
            name: t
            horizon: ${h}
            traffic: {arrivals: poisson, rate: 2/s}
            requests: [{name: api, steps: [{cpu: 5ms}]}]
            platforms: [{name: w, model: workers}]
            """,
            dir);

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.key()).isEqualTo("horizon");
    assertThat(p.expected()).isEqualTo("a parameter declared under parameters:");
    assertThat(p.hint()).contains("parameters: {h: DEFAULT}");
  }

  @Test
  void load_malformedReference_isReported() {
    ScenarioProblem p = OneProblem.of(WITH_PARAMETERS.replace("\"${wait}\"", "\"${wait\""), dir);

    assertThat(p.line()).isEqualTo(7);
    assertThat(p.key()).isEqualTo("requests[0].steps[1].io");
    assertThat(p.expected()).isEqualTo("a parameter reference such as ${llm-wait}");
  }

  @Test
  void instantiate_valueTheLoaderRefuses_isReportedWhereUsedAndNamesTheReference() {
    List<ScenarioProblem> found =
        problems(() -> template(WITH_PARAMETERS).instantiate(Map.of("memory", "20GB")));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).line()).isEqualTo(12);
    assertThat(found.get(0).key()).isEqualTo("platforms[1].memory");
    assertThat(found.get(0).got()).isEqualTo("'20GB' (from '${memory}')");
  }

  @Test
  void instantiate_embeddedValueTheLoaderRefuses_showsTheTextAsWritten() {
    List<ScenarioProblem> found =
        problems(() -> template(WITH_PARAMETERS).instantiate(Map.of("n", "0")));

    assertThat(found).extracting(ScenarioProblem::got).containsExactly("'0/s' (from '${n}/s')");
  }

  @Test
  void load_malformedDeclarations_areEachReportedAtTheirLine() {
    List<ScenarioProblem> found =
        problems(
            () ->
                loader.parse(
                    """
                    name: t
                    parameters:
                      2fast: 1s
                      list: [1, 2]
                      chained: ${list}
                      empty:
                    horizon: ${2fast}
                    seed: ${list}
                    traffic: {arrivals: poisson, rate: 2/s}
                    requests: [{name: api, steps: [{cpu: 5ms}]}]
                    platforms: [{name: w, model: workers}]
                    """,
                    "p.yaml",
                    dir));

    assertThat(found)
        .extracting(ScenarioProblem::line, ScenarioProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "parameters.2fast"),
            org.assertj.core.groups.Tuple.tuple(4, "parameters.list"),
            org.assertj.core.groups.Tuple.tuple(5, "parameters.chained"),
            org.assertj.core.groups.Tuple.tuple(6, "parameters.empty"));
  }

  /** One mistake, one message: uses of a malformed declaration are not reported again. */
  @Test
  void load_parametersNotAMapping_isReportedOnce() {
    ScenarioProblem p =
        OneProblem.of(
            WITH_PARAMETERS.replace(
                "parameters: {n: 3, rate: 20/s, memory: 1024MB, plan: standard, wait: 250ms}",
                "parameters: [n, 3]"),
            dir);

    assertThat(p.key()).isEqualTo("parameters");
  }

  @Test
  void load_keysAreNotSubstituted() {
    ScenarioProblem p =
        OneProblem.of(WITH_PARAMETERS.replace("horizon: 1h", "horizon: 1h\n${plan}: 1"), dir);

    assertThat(p.key()).isEqualTo("${plan}");
    assertThat(p.got()).isEqualTo("unknown key '${plan}'");
  }

  @Test
  void instantiate_horizonAsParameter_changesTheHorizon() throws ScenarioException {
    Scenario scenario =
        template(WITH_PARAMETERS.replace("horizon: 1h", "horizon: ${wait}"))
            .instantiate(Map.of("wait", "2h"));

    assertThat(scenario.workload().horizonNanos()).isEqualTo(2 * SimTime.NANOS_PER_HOUR);
  }
}
