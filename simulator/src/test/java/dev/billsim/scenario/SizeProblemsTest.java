package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.RequestClass;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that a malformed request or response size is one clear problem, with key, line,
 * expectation and hint, and that well-formed sizes load in bytes (1 KB = 1024 B).
 */
class SizeProblemsTest {
  private static final String TEMPLATE =
      """
      name: t
      horizon: 1h
      traffic: %s
      requests:
        - name: api
          steps: [{cpu: 5ms}]
          %s
      platforms: [{name: w, model: workers}]
      """;

  private static final String POISSON = "{arrivals: poisson, rate: 10/s}";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          response-size: -5KB                                            | requests[0].response-size | a size cannot be negative
          response-size: 150XB                                           | requests[0].response-size | 'XB' is not a size unit
          response-size: 150                                             | requests[0].response-size | add the unit B, KB, MB or GB
          response-size: 2TB                                             | requests[0].response-size | 'TB' is not a size unit
          request-size: 2000GB                                           | requests[0].request-size  | e.g. 150KB
          response-size: {lognormal: {median: 150KB}}                    | requests[0].response-size.lognormal | median: 150KB, p99: 4MB
          response-size: {lognormal: {median: 150KB, p99: 10ms}}         | requests[0].response-size.lognormal.p99 | is not a size unit
          response-size: {gamma: {mean: 1KB}}                            | requests[0].response-size.gamma | one of
          response-size: {empirical: {percentiles: {p0: 1KB, p50: 1MB}}} | requests[0].response-size.empirical.percentiles | p0 and p100
          response-size: {column: bytes, unit: TB}                       | requests[0].response-size.unit | B
          response-size: {column: bytes}                                 | requests[0].response-size.unit | column: response_bytes
          response-size: {empirical: {file: sizes.csv, column: kb}}        | requests[0].response-size.empirical.unit | unit: B
          response-size: {empirical: {file: sizes.csv, column: kb, unit: ms}} | requests[0].response-size.empirical.unit | B, KB, MB, GB
          response-size: {empirical: {file: none.csv, column: kb, unit: KB}} | requests[0].response-size.empirical.file | relative to the scenario
          response-size: {empirical: {percentiles: {p0: 0B, p100: 1MB}, max: 0B}} | requests[0].response-size.empirical.max | above 0B
          """)
  void parse_badSize_isOneProblemAtItsKey(String size, String key, String hint) throws Exception {
    Files.writeString(dir.resolve("sizes.csv"), "kb\n1.5\n20\n");
    ScenarioProblem p = OneProblem.of(TEMPLATE.formatted(POISSON, size.strip()), dir);
    assertThat(p.key()).isEqualTo(key.strip());
    assertThat(p.expected() + " " + p.hint()).contains(hint.strip());
  }

  @Test
  void parse_sizeColumnWithoutTraceArrivals_isOneProblem() {
    ScenarioProblem p =
        OneProblem.of(TEMPLATE.formatted(POISSON, "response-size: {column: bytes, unit: B}"), dir);
    assertThat(p.key()).startsWith("traffic");
  }

  @Test
  void parse_sizeColumnThatTheTraceLacks_isReportedInTheTraceFile() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,kb\n0.0,10\n0.5,20\n");
    ScenarioProblem p =
        OneProblem.of(
            TEMPLATE.formatted(
                "{arrivals: trace, file: trace.csv, column: t}",
                "response-size: {column: response_bytes, unit: B}"),
            dir);
    assertThat(p.file()).isEqualTo("trace.csv");
    assertThat(p.key()).contains("response_bytes");
  }

  @Test
  void parse_empiricalSizesFromAFile_areInTheFilesUnit() throws Exception {
    Files.writeString(dir.resolve("sizes.csv"), "kb\n1\n3\n");
    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn())
            .parse(
                TEMPLATE.formatted(
                    POISSON, "response-size: {empirical: {file: sizes.csv, column: kb, unit: KB}}"),
                "ok.yaml",
                dir);
    // From 1 KB to 3 KB, linear between the two values: a mean of 2 KB = 2048 B.
    assertThat(scenario.workload().classes().get(0).responseSize().meanNanos())
        .isCloseTo(2048.0, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void parse_sizes_loadInBinaryBytes() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,kb\n0.0,10\n0.5,20\n");
    String text =
        TEMPLATE.formatted(
            "{arrivals: trace, file: trace.csv, column: t}",
            "request-size: 1.5KB\n    response-size: {column: kb, unit: KB}");
    Scenario scenario = new ScenarioLoader(PriceCatalog.builtIn()).parse(text, "ok.yaml", dir);
    RequestClass c = scenario.workload().classes().get(0);
    assertThat(c.requestSize().meanNanos()).isEqualTo(1536.0);
    assertThat(c.responseSize()).isEqualTo(new ColumnDuration("kb", 1024));
    assertThat(scenario.workload().traceColumns()).containsExactly("kb");
    assertThat(scenario.workload().hasSizes()).isTrue();
  }
}
