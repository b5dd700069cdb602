package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that every malformed use of the real-traffic keys (arrival processes, sessions, llm steps,
 * empirical and mixture distributions, data files) is one clear problem, with key, line,
 * expectation and hint.
 */
class RealTrafficProblemsTest {
  private static final String TEMPLATE =
      """
      name: t
      horizon: 1h
      traffic:
        %s
      requests:
        - name: api
          steps:
            - %s
      platforms: [{name: w, model: workers}]
      """;

  @TempDir Path dir;

  private List<ScenarioProblem> problems(String traffic, String step) {
    String text = TEMPLATE.formatted(traffic.replace("\n", "\n  "), step);
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> new ScenarioLoader(PriceCatalog.builtIn()).parse(text, "bad.yaml", dir));
    assertThat(e).as("a ScenarioException for:%n%s", text).isNotNull();
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.expected()).isNotBlank();
              assertThat(p.got()).isNotBlank();
              assertThat(p.hint()).isNotBlank();
              assertThat(p.line()).isPositive();
            });
    return e.problems();
  }

  private ScenarioProblem problem(String traffic, String step) {
    List<ScenarioProblem> found = problems(traffic, step);
    assertThat(found).as("problems").hasSize(1);
    return found.get(0);
  }

  private static final String CPU = "cpu: 5ms";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          arrivals: diurnal, rate: 10/s, peak-to-trough: 4                          | traffic.peak-hour
          arrivals: diurnal, rate: 10/s                                             | traffic
          arrivals: diurnal, rate: 10/s, peak-to-trough: 4, peak-hour: 14, hourly: [1, 2] | traffic
          arrivals: diurnal, rate: 10/s, hourly: [1, 2, 3]                          | traffic.hourly
          arrivals: diurnal, rate: 10/s, peak-to-trough: 0.5, peak-hour: 14         | traffic.peak-to-trough
          arrivals: diurnal, rate: 10/s, peak-to-trough: 4, peak-hour: 25           | traffic.peak-hour
          arrivals: diurnal, rate: 10/s, peak-to-trough: 4, peak-hour: 14, weekly: [1, 1] | traffic.weekly
          arrivals: bursty, calm-rate: 5/s, burst-rate: 100/s, calm-time: 10m       | traffic.burst-time
          arrivals: bursty, calm-rate: 5/s, burst-rate: 100/s, calm-time: 10m, burst-time: 0s | traffic.burst-time
          arrivals: bursty, calm-rate: 5, burst-rate: 100/s, calm-time: 10m, burst-time: 1m | traffic.calm-rate
          arrivals: stages, stages: []                                              | traffic.stages
          arrivals: stages, stages: [{duration: 5m}]                                | traffic.stages[0].target
          arrivals: stages, stages: [{duration: 5m, target: -1/s}]                  | traffic.stages[0].target
          arrivals: stages, stages: [{duration: 5m, target: 0/s}]                   | traffic.stages
          arrivals: stages, stages: [{duration: 5m, target: 5/s, ramp: 1m}]         | traffic.stages[0].ramp
          arrivals: poisson, rate: 10/s, sessions: {interactions: 5}                | traffic.sessions.think-time
          arrivals: poisson, rate: 10/s, sessions: {interactions: {geometric: {mean: 0.5}}, think-time: 7s} | traffic.sessions.interactions.geometric.mean
          arrivals: poisson, rate: 10/s, sessions: {interactions: -1, think-time: 7s} | traffic.sessions.interactions
          arrivals: poisson, rate: 10/s, sessions: {interactions: 3, think-time: 7}  | traffic.sessions.think-time
          arrivals: poisson, rate: 10/s, sessions: {interactions: {poisson: {mean: 3}}, think-time: 7s} | traffic.sessions.interactions.poisson
          arrivals: trace                                                           | traffic.file
          arrivals: trace, file: missing.csv                                        | traffic.file
          arrivals: poisson, rate: 10/s, file: x.csv                                | traffic.file
          """)
  void parse_malformedTraffic_isOneProblemAtItsKey(String traffic, String key) {
    ScenarioProblem p = problem("{" + traffic.strip() + "}", CPU);
    assertThat(p.key()).isEqualTo(key.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          llm: {ttft: 500ms, itl: 20ms}                                               | requests[0].steps[0].llm.tokens
          llm: {ttft: 500ms, itl: 20ms, tokens: 1.5}                                  | requests[0].steps[0].llm.tokens
          llm: {ttft: 500ms, itl: 20, tokens: 150}                                    | requests[0].steps[0].llm.itl
          llm: {ttft: 500ms, itl: 20ms, tokens: {column: GeneratedTokens}}            | traffic.arrivals
          io: {empirical: {percentiles: {p50: 1s, p100: 2s}}}                         | requests[0].steps[0].io.empirical.percentiles
          io: {empirical: {percentiles: {p0: 1s, p50: 500ms, p100: 2s}}}              | requests[0].steps[0].io.empirical.percentiles
          io: {empirical: {percentiles: {p0: 1s, median: 2s, p100: 3s}}}              | requests[0].steps[0].io.empirical.percentiles.median
          io: {empirical: {file: data.csv, column: latency}}                          | requests[0].steps[0].io.empirical.unit
          io: {empirical: {file: nowhere.csv, column: latency, unit: ms}}             | requests[0].steps[0].io.empirical.file
          io: {empirical: {file: data.csv, column: latency, unit: ms, percentiles: {p0: 1s, p100: 2s}}} | requests[0].steps[0].io.empirical
          io: {mixture: [{weight: 1, distribution: 5ms}, {distribution: 9ms}]}        | requests[0].steps[0].io.mixture[1].weight
          io: {mixture: [{weight: 0, distribution: 5ms}]}                             | requests[0].steps[0].io.mixture[0].weight
          io: {mixture: {weight: 1, distribution: 5ms}}                               | requests[0].steps[0].io.mixture
          """)
  void parse_malformedStep_isOneProblemAtItsKey(String step, String key) throws Exception {
    Files.writeString(dir.resolve("data.csv"), "latency\n1.5\n2.5\n");
    ScenarioProblem p = problem("{arrivals: poisson, rate: 10/s}", step.strip());
    assertThat(p.key()).isEqualTo(key.strip());
  }

  @Test
  void parse_badTraceRow_isReportedInTheTraceFileAtItsLine() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,tokens\n0.0,10\n0.5,20\nhalf past,30\n");
    ScenarioProblem p = problem("{arrivals: trace, file: trace.csv, column: t, format: s}", CPU);
    assertThat(p.file()).isEqualTo("trace.csv");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.key()).contains("column t");
    assertThat(p.got()).isEqualTo("'half past'");
  }

  @Test
  void parse_badDataFileValue_isReportedInTheDataFileAtItsLine() throws Exception {
    Files.writeString(dir.resolve("data.csv"), "latency\n1.5\n2.5\nslow\n");
    ScenarioProblem p =
        problem(
            "{arrivals: poisson, rate: 1/s}",
            "io: {empirical: {file: data.csv, column: latency, unit: s}}");
    assertThat(p.file()).isEqualTo("data.csv");
    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void parse_traceColumnThatTheTraceLacks_isReported() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,tokens\n0.0,10\n0.5,20\n");
    ScenarioProblem p =
        problem(
            "{arrivals: trace, file: trace.csv, column: t}",
            "llm: {ttft: 1s, itl: 10ms, tokens: {column: GeneratedTokens}}");
    assertThat(p.file()).isEqualTo("trace.csv");
    assertThat(p.key()).contains("GeneratedTokens");
  }

  @Test
  void parse_wellFormedRealTraffic_loads() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,tokens\n0.0,10\n0.5,20\n");
    Files.writeString(
        dir.resolve("data.json"), "[{\"ttft_s\": 0.5}, {\"ttft_s\": null}, {\"ttft_s\": 0.7}]");
    String text =
        TEMPLATE.formatted(
            "{arrivals: trace, file: trace.csv, column: t, speed: 2, loop: true}",
            "llm: {ttft: {empirical: {file: data.json, column: ttft_s, unit: s, max: 10s}}, itl: {mixture: [{weight: 1, distribution: 10ms}, {weight: 1, distribution: {uniform: {min: 5ms, max: 15ms}}}]}, tokens: {column: tokens}}");
    Scenario scenario = new ScenarioLoader(PriceCatalog.builtIn()).parse(text, "ok.yaml", dir);
    assertThat(scenario.workload().traceColumns()).containsExactly("tokens");
  }
}
