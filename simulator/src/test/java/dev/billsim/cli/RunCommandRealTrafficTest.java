package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the command line on real-traffic scenarios: traces and data files beside the scenario. */
class RunCommandRealTrafficTest {
  @TempDir Path dir;

  private Path scenario(String trace) throws Exception {
    Files.writeString(dir.resolve("trace.csv"), trace);
    Path file = dir.resolve("replay.yaml");
    Files.writeString(
        file,
        """
        name: replay
        horizon: 1h
        traffic: {arrivals: trace, file: trace.csv, column: t, format: ms}
        requests:
          - name: chat
            steps:
              - llm: {ttft: 400ms, itl: 10ms, tokens: {column: tokens}}
        platforms: [{name: w, model: workers}, {name: l, model: lambda, memory: 1GB, cold-start: 0ms}]
        """);
    return file;
  }

  @Test
  void run_traceNextToTheScenario_replaysEveryRowWithItsTokens() throws Exception {
    Path file = scenario("t,tokens\n0,100\n1000,200\n2500,300\n");
    Cli.Result result = Cli.run("run", file.toString(), "--format", "csv", "-q");
    assertThat(result.exitCode()).as(result.err()).isZero();
    // Three requests waiting 0.4 + n x 0.01 s: 1.4, 2.4 and 3.4 s of wall time, 7.2 s in all.
    assertThat(result.out()).contains("replay,1,w,workers").contains(",3,3,0,0,0.0,7.2,");
  }

  @Test
  void run_badTraceRow_exitsTwoNamingTheTraceFileAndLineAndWritesNothing() throws Exception {
    Path file = scenario("t,tokens\n0,100\n1000,200\nlater,300\n");
    Cli.Result result = BadInput.runRejected(file, dir);
    assertThat(result.err())
        .contains("trace.csv:4:")
        .contains("column t")
        .contains("'later'")
        .contains("hint:");
  }

  @Test
  void run_cloudWatchLogAsTrace_exitsTwoSayingWhatItLooksLikeAndHowToConvertIt() throws Exception {
    Files.copy(
        Path.of(getClass().getResource("/foreign-traces/lambda-cloudwatch.log").toURI()),
        dir.resolve("function.log"));
    Path file = dir.resolve("replay.yaml");
    Files.writeString(
        file,
        """
        name: replay
        horizon: 1h
        traffic: {arrivals: trace, file: function.log}
        requests:
          - name: api
            steps: [cpu: 5ms]
        platforms: [{name: w, model: workers}]
        """);

    Cli.Result result = BadInput.runRejected(file, dir);

    String newline = System.lineSeparator();
    assertThat(result.err())
        .isEqualTo(
            "billsim: 1 problem in the scenario; nothing was run:"
                + newline
                + "function.log:1:1: traffic.file: expected a CSV file with a header line naming"
                + " its columns, timestamps in the first, got what looks like an AWS Lambda log"
                + " (START/REPORT lines)"
                + newline
                + "  hint: convert it to CSV: a header line 'timestamp', then a row per request"
                + " with the time of its START line, read with format:"
                + " \"yyyy-MM-dd'T'HH:mm:ss.SSSX\"; docs/scenario-format.md (Traces from logs"
                + " and JSON) shows how"
                + newline);
    Cli.Result validate = Cli.run("validate", file.toString());
    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains("looks like an AWS Lambda log");
  }
}
