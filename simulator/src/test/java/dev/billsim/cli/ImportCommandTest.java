package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billsim import}: what it writes and prints, and every bad argument's exit 2. */
class ImportCommandTest {
  @TempDir Path dir;
  private Path events;

  @BeforeEach
  void fixture() throws Exception {
    events = dir.resolve("events.ndjson");
    try (InputStream in =
        ImportCommandTest.class.getResourceAsStream(
            "/dev/billsim/importer/workers/workers_trace_events.ndjson")) {
      Files.write(events, in.readAllBytes());
    }
  }

  @Test
  void import_writesAScenarioThatRuns() throws Exception {
    Path out = dir.resolve("imported");
    Cli.Result result =
        Cli.runOk("import", "workers-trace", events.toString(), "--out", out.toString());
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("10 requests in 6 classes")
        .contains("next: billsim run " + out.resolve("scenario.yaml"));
    assertThat(Cli.files(out)).containsExactly("scenario.yaml", "trace.csv");
    Cli.Result run = Cli.runOk("run", out.resolve("scenario.yaml").toString(), "-q");
    assertThat(run.out()).contains("workers").contains("lambda-1024").contains("ec2-c7g-large");
  }

  @Test
  void badArguments_exit2_andWriteNothing() throws Exception {
    Path out = dir.resolve("never");
    Cli.Result unknown = Cli.run("import", "workers", events.toString(), "--out", out.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("expected a format: workers-trace")
        .contains("got 'workers'");
    Cli.Result missing =
        Cli.run(
            "import",
            "workers-trace",
            dir.resolve("no.ndjson").toString(),
            "--out",
            out.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    Cli.Result share =
        Cli.run(
            "import",
            "workers-trace",
            events.toString(),
            "--out",
            out.toString(),
            "--cpu-share",
            "20%");
    assertThat(share.exitCode()).isEqualTo(2);
    assertThat(share.err()).contains("records each request's CPU time");
    Cli.Result malformed =
        Cli.run(
            "import",
            "workers-trace",
            events.toString(),
            "--out",
            out.toString(),
            "--max-malformed",
            "150%");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("a share from 0 to 100%");
    Path csv = dir.resolve("r.csv");
    Files.writeString(csv, "ts,ms\n1,2\n");
    Cli.Result wrong = Cli.run("import", "workers-trace", csv.toString(), "--out", out.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains(csv + ":1").contains("nothing was written");
    assertThat(wrong.err()).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void cpuShares_perRoute_andMeasuredInACompanionTrace() throws Exception {
    String nginx =
        Cli.resource("/dev/billsim/importer/access/nginx-combined-request_time.log").toString();
    Path out = dir.resolve("shares");
    // The Workers fixture measures GET /products/{id}: 9 ms of CPU in 100 ms (4 requests).
    Cli.runOk(
        "import",
        "access-log",
        nginx,
        "--out",
        out.toString(),
        "--cpu-share-from",
        "workers-trace:" + events,
        "--cpu-share",
        "GET /search=50%",
        "-q");
    String scenario = Files.readString(out.resolve("scenario.yaml"));
    assertThat(scenario)
        .contains("measured in " + events + " (workers-trace) and --cpu-share")
        .contains("GET /search 50%");
    // Row by row: a /products/{id} request of 48 ms takes 9/100 of it as CPU.
    assertThat(Files.readString(out.resolve("trace.csv")))
        .contains(",GET /products/{id},4320000,43680000,");

    Cli.Result both =
        Cli.run(
            "import",
            "access-log",
            nginx,
            "--out",
            out.toString(),
            "--cpu-share",
            "20%",
            "--cpu-share-from",
            "workers-trace:" + events);
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("an overall share or --cpu-share-from, not both");
    Cli.Result none = Cli.run("import", "access-log", nginx, "--out", out.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err())
        .contains("--cpu-share or --cpu-share-from")
        .contains("records durations but no CPU time");
    Cli.Result noCpu =
        Cli.run(
            "import",
            "access-log",
            nginx,
            "--out",
            out.toString(),
            "--cpu-share-from",
            "alb-log:" + nginx);
    assertThat(noCpu.exitCode()).isEqualTo(2);
    assertThat(noCpu.err()).contains("a format that records CPU time: workers-trace or otel");
  }

  @Test
  void accessLogWithoutDurations_importsArrivalsClassesAndSizes_withPlaceholderSteps()
      throws Exception {
    List<String> timed =
        Files.readAllLines(
            Cli.resource("/dev/billsim/importer/access/nginx-combined-request_time.log"));
    Path plain = dir.resolve("access.log");
    // The same lines without the trailing $request_time: the predefined combined format.
    Files.write(plain, timed.stream().map(l -> l.replaceAll(" [0-9.]+$", "")).toList());
    Path out = dir.resolve("plain");
    Cli.runOk(
        "import",
        "access-log",
        plain.toString(),
        "--cpu-share",
        "20%",
        "--out",
        out.toString(),
        "-q");
    String scenario = Files.readString(out.resolve("scenario.yaml"));
    assertThat(scenario).contains("No durations recorded").contains("- cpu: 1ms");
    assertThat(scenario).doesNotContain("{column: cpu_ns");
    assertThat(scenario).contains("response-size: {column: bytes, unit: B}");
    assertThat(Cli.runOk("run", out.resolve("scenario.yaml").toString(), "-q").out())
        .contains("workers");
  }
}
