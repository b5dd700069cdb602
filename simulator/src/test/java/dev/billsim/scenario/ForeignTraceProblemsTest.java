package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that a trace or data file that is not a CSV file with a header (a Lambda log, an access
 * log, JSON lines, rows without a header) is one problem at its first line that says what the file
 * looks like and how to convert it, never a column named after a log line.
 */
class ForeignTraceProblemsTest {
  private static final String TRACE =
      """
      name: t
      horizon: 1h
      traffic: {arrivals: trace, file: %s%s}
      requests:
        - name: api
          steps:
            - %s
      platforms: [{name: w, model: workers}]
      """;

  @TempDir Path dir;

  /** Copies a fixture of src/test/resources/foreign-traces/ into the scenario's directory. */
  private String copy(String fixture) throws IOException, URISyntaxException {
    Path from = Path.of(getClass().getResource("/foreign-traces/" + fixture).toURI());
    Files.copy(from, dir.resolve(fixture));
    return fixture;
  }

  private ScenarioProblem trace(String fixture, String keys, String step) throws Exception {
    return OneProblem.of(TRACE.formatted(copy(fixture), keys, step), dir);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          lambda-cloudwatch.log      | an AWS Lambda log (START/REPORT lines)
          lambda-cloudwatch-json.log | an AWS Lambda log in JSON (platform.start/platform.report records)
          nginx-access.log           | an access log (nginx or Apache, one request a line)
          requests.jsonl             | JSON lines (an object a line)
          no-header.csv              | CSV rows without a header line
          """)
  void trace_notACsvFile_isRefusedAtLine1WithWhatItLooksLike(String fixture, String looks)
      throws Exception {
    ScenarioProblem p = trace(fixture, "", "cpu: 5ms");
    assertThat(p.file()).isEqualTo(fixture);
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.key()).isEqualTo("traffic.file");
    assertThat(p.expected())
        .isEqualTo("a CSV file with a header line naming its columns, timestamps in the first");
    assertThat(p.got()).isEqualTo("what looks like " + looks);
    assertThat(p.hint()).containsAnyOf("convert it to CSV", "add a header line");
    assertThat(p.format()).doesNotContain("RequestId", "GET /", "8f2c1a3e");
  }

  @Test
  void trace_cloudWatchLog_saysHowToConvertIt() throws Exception {
    ScenarioProblem p = trace("lambda-cloudwatch.log", "", "cpu: 5ms");
    assertThat(p.format())
        .isEqualTo(
            "lambda-cloudwatch.log:1:1: traffic.file: expected a CSV file with a header line"
                + " naming its columns, timestamps in the first, got what looks like an AWS"
                + " Lambda log (START/REPORT lines)"
                + System.lineSeparator()
                + "  hint: convert it to CSV: a header line 'timestamp', then a row per request"
                + " with the time of its START line, read with format:"
                + " \"yyyy-MM-dd'T'HH:mm:ss.SSSX\"; docs/scenario-format.md (Traces from logs and"
                + " JSON) shows how");
  }

  @Test
  void trace_cloudWatchLogWithADurationColumn_namesBothColumns() throws Exception {
    ScenarioProblem p =
        trace("lambda-cloudwatch.log", ", column: time", "io: {column: duration_ms, unit: ms}");
    assertThat(p.expected()).endsWith("among them time, duration_ms");
    assertThat(p.hint())
        .contains("'time,duration_ms'", "START line and the Duration of its REPORT line");
  }

  @Test
  void trace_jsonLines_givesAJqCommandWithItsTimeFieldAndFormat() throws Exception {
    ScenarioProblem p = trace("requests.jsonl", "", "io: {column: duration_ms, unit: ms}");
    assertThat(p.hint())
        .isEqualTo(
            "convert it to CSV, e.g. { echo ts,duration_ms; jq -r '[.ts, .duration_ms] | @csv'"
                + " requests.jsonl; } > requests.csv, then file: requests.csv, with format:"
                + " \"yyyy-MM-dd'T'HH:mm:ss.SSSX\"");
  }

  @Test
  void trace_accessLog_namesItsTimestampPattern() throws Exception {
    ScenarioProblem p = trace("nginx-access.log", ", column: time", "cpu: 5ms");
    assertThat(p.hint()).contains("[brackets]", "format: \"dd/MMM/yyyy:HH:mm:ss Z\"");
  }

  @Test
  void trace_rowsWithoutAHeader_suggestAHeaderAsWideAsTheRows() throws Exception {
    ScenarioProblem p = trace("no-header.csv", "", "cpu: 5ms");
    assertThat(p.hint())
        .isEqualTo(
            "add a header line above the first row naming its 2 columns, e.g."
                + " 'timestamp,column2'");
  }

  @Test
  void trace_logAfterBlankLines_isReportedAtItsFirstLine() throws Exception {
    Path from = Path.of(getClass().getResource("/foreign-traces/nginx-access.log").toURI());
    Files.writeString(dir.resolve("access.log"), "\n\n" + Files.readString(from));
    ScenarioProblem p = OneProblem.of(TRACE.formatted("access.log", "", "cpu: 5ms"), dir);
    assertThat(p.line()).isEqualTo(3);
  }

  @Test
  void empiricalData_lambdaLog_isAProblemOfItsFileKey() throws Exception {
    copy("lambda-cloudwatch.log");
    String text =
        TRACE
            .formatted(
                "x.csv", "", "io: {empirical: {file: lambda-cloudwatch.log, column: ms, unit: ms}}")
            .replace("{arrivals: trace, file: x.csv}", "{arrivals: poisson, rate: 1/s}");
    ScenarioProblem p = OneProblem.of(text, dir);
    assertThat(p.key()).isEqualTo("requests[0].steps[0].io.empirical.file");
    assertThat(p.expected()).endsWith("among them ms");
    assertThat(p.hint())
        .contains("'ms'", "the Duration of its REPORT line")
        .doesNotContain("format: ");
  }

  @Test
  void empiricalData_jsonLines_saysHowToMakeAJsonArray() throws Exception {
    copy("requests.jsonl");
    String text =
        TRACE
            .formatted(
                "x.csv",
                "",
                "io: {empirical: {file: requests.jsonl, column: duration_ms, unit: ms}}")
            .replace("{arrivals: trace, file: x.csv}", "{arrivals: poisson, rate: 1/s}");
    ScenarioProblem p = OneProblem.of(text, dir);
    assertThat(p.hint())
        .isEqualTo(
            "make it one JSON array, e.g. jq -s . requests.jsonl > requests.json, then file:"
                + " requests.json");
  }

  @Test
  void trace_csvWithAHeaderOfSpacedWords_stillLoads() throws Exception {
    Files.writeString(dir.resolve("t.csv"), "request start time\n0.5\n1.5\n");
    String text = TRACE.formatted("t.csv", "", "cpu: 5ms");
    Scenario scenario =
        new ScenarioLoader(dev.billsim.billing.PriceCatalog.builtIn()).parse(text, "ok.yaml", dir);
    assertThat(scenario.name()).isEqualTo("t");
  }
}
