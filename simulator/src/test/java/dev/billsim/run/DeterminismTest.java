package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.cli.Main;
import dev.billsim.meter.TimeSeries;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the same scenario and seed give byte-identical results, however they are run. */
class DeterminismTest {
  private static final String SCENARIO =
      """
      name: determinism
      horizon: 20m
      seed: 4242
      traffic: {arrivals: poisson, rate: 30/s}
      requests:
        - name: chat
          weight: 9
          steps: [{cpu: 3ms}, {io: {lognormal: {median: 2.5s, p99: 8s}}}, {cpu: {exponential: {mean: 2ms}}}]
        - name: history
          steps: [{cpu: 1ms}, {io: {uniform: {min: 5ms, max: 25ms}}}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda-1024, model: lambda, memory: 1024MB}
        - {name: ec2, model: ec2, instance: m7g.large, count: 2}
      """;

  private static String json(Path file, String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[3 + extra.length];
    args[0] = "run";
    args[1] = file.toString();
    args[2] = "--format=json";
    System.arraycopy(extra, 0, args, 3, extra.length);
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void run_twiceWithOneSeed_printsByteIdenticalJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    String first = json(file);
    assertThat(json(file)).isEqualTo(first);
    assertThat(first).contains("\"seed\" : 4242");
  }

  @Test
  void run_oneThreadOrMany_printsByteIdenticalJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    // One thread: each platform draws its own requests. Three: the platforms run at once and
    // read the requests from one shared tape (TrafficTape), drawn once.
    String one = json(file, "--threads=1");
    assertThat(json(file, "--threads=3")).isEqualTo(one);
    assertThat(json(file)).isEqualTo(one); // the default: one thread per platform here
  }

  @Test
  void traceColumnsReadAtAdmission_oneThreadOrMany_printByteIdenticalJson(@TempDir Path dir)
      throws Exception {
    // Durable Objects routes each request by its trace row's room, read while it is admitted:
    // with three threads the row comes from the shared tape, with one from the run's own trace.
    StringBuilder trace = new StringBuilder("t,room,tokens\n");
    for (int i = 0; i < 3000; i++) {
      trace.append(i * 20 + i * 37 % 17).append(',');
      trace.append(i * 7 % 13).append(',').append(50 + i * 31 % 400).append('\n');
    }
    Files.writeString(dir.resolve("rooms.csv"), trace);
    Path file = dir.resolve("rooms.yaml");
    Files.writeString(
        file,
        """
        name: rooms
        horizon: 10m
        seed: 7
        traffic: {arrivals: trace, file: rooms.csv, column: t, format: ms, loop: true}
        requests:
          - name: turn
            steps: [{cpu: 2ms}, {llm: {ttft: 300ms, itl: 10ms, tokens: {column: tokens}}}, {cpu: 1ms}]
        platforms:
          - {name: rooms, model: durable-objects, objects: 4, keys: {column: room}}
          - {name: workers, model: workers}
          - {name: lambda, model: lambda, memory: 512MB}
        """);
    String one = json(file, "--threads=1");
    assertThat(json(file, "--threads=3")).isEqualTo(one);
    assertThat(one).contains("\"rooms\"");
  }

  @Test
  void replications_sharingATapePerReplication_printByteIdenticalJson(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(
        file, SCENARIO.replace("  - {name: ec2, model: ec2, instance: m7g.large, count: 2}\n", ""));
    // Two replications of two platforms on four threads: two tapes, each read by two runs.
    String one = json(file, "--threads=1", "--replications=2");
    assertThat(json(file, "--threads=4", "--replications=2")).isEqualTo(one);
    assertThat(one).contains("\"count\" : 2").doesNotContain("\"ec2\"");
  }

  @Test
  void run_withChartsOrWithout_printsByteIdenticalJson(@TempDir Path dir) throws Exception {
    // Only a run that writes charts records the time series; it must watch, never change a result.
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    Path out = dir.resolve("out");
    String withCharts = json(file, "--out=" + out);
    assertThat(out.resolve("charts")).isNotEmptyDirectory();
    assertThat(json(file)).isEqualTo(withCharts);
  }

  @Test
  void runner_recordsTheTimeSeriesOnlyWhenAsked() {
    Scenario scenario = TestScenarios.parse(SCENARIO);
    RunResult charted =
        new ScenarioRunner(PriceCatalog.builtIn(), 2, true).run(scenario, ProgressListener.NONE);
    RunResult plain =
        new ScenarioRunner(PriceCatalog.builtIn(), 2, false).run(scenario, ProgressListener.NONE);
    for (int i = 0; i < scenario.platforms().size(); i++) {
      assertThat(charted.platforms().get(i).usage().timeSeries().buckets()).isEqualTo(240);
      assertThat(plain.platforms().get(i).usage().timeSeries()).isSameAs(TimeSeries.EMPTY);
      assertThat(plain.platforms().get(i).bill().totalUsd())
          .isEqualTo(charted.platforms().get(i).bill().totalUsd());
    }
  }

  private static final String REAL_TRAFFIC =
      """
      name: determinism-sessions
      horizon: 2h
      seed: 99
      traffic:
        arrivals: bursty
        calm-rate: 2/s
        burst-rate: 40/s
        calm-time: 5m
        burst-time: 30s
        sessions:
          interactions: {geometric: {mean: 4}}
          think-time: {exponential: {mean: 5s, max: 50s}}
      requests:
        - name: page
          weight: 3
          steps: [{cpu: 4ms}, {io: {mixture: [{weight: 9, distribution: 10ms}, {weight: 1, distribution: {lognormal: {median: 200ms, p99: 2s}}}]}}]
        - name: ask
          steps: [{cpu: 2ms}, {llm: {ttft: {empirical: {percentiles: {p0: 100ms, p50: 500ms, p100: 3s}}}, itl: 15ms, tokens: {uniform: {min: 20, max: 400}}}}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1024MB}
        - {name: ec2, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.01}, count: 2}
      """;

  @Test
  void sessionsAndBurstyTraffic_oneThreadOrMany_printByteIdenticalJson(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, REAL_TRAFFIC);
    String one = json(file, "--threads=1");
    assertThat(json(file, "--threads=3")).isEqualTo(one);
    assertThat(json(file, "--threads=1")).isEqualTo(one);
  }

  @Test
  void websocketsAndDurableObjects_oneThreadOrMany_printByteIdenticalJson(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("ws.yaml");
    Files.writeString(
        file,
        """
        name: determinism-websockets
        horizon: 1h
        seed: 7
        traffic:
          arrivals: poisson
          rate: 1/s
          websockets: {lifetime: {exponential: {mean: 5m}}, message-interval: {exponential: {mean: 5s}}, message: msg}
        requests:
          - {name: join, steps: [{cpu: 2ms}]}
          - {name: msg, steps: [{cpu: 1ms}, {io: {lognormal: {median: 5ms, p99: 50ms}}}]}
        platforms:
          - {name: objects, model: durable-objects, objects: 10, keys: {zipf: 1.2}}
          - {name: workers, model: workers}
          - {name: lambda, model: lambda, memory: 1GB, provisioned-concurrency: [{level: 3, from: 10m, to: 40m}]}
          - {name: ec2, model: ec2, instance: c7g.large, max-concurrency: 4, scaling: {min: 1, max: 4, evaluation: 1m, boot: 20s}}
          - {name: fargate, model: fargate, vcpu: 0.25, memory: 512MB, scaling: {max: 3, target-cpu: 20%}}
          - {name: cloud-run, model: cloud-run, concurrency: 4, min-instances: 1, cold-start: {lognormal: {median: 1s, p99: 4s}}}
          - {name: vercel, model: vercel, concurrency: 3}
        """);
    assertThat(json(file, "--threads=3")).isEqualTo(json(file, "--threads=1"));
  }

  @Test
  void run_anotherSeed_changesTheResults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    assertThat(json(file, "--seed=1")).isNotEqualTo(json(file, "--seed=2"));
  }

  @Test
  void addingOrRemovingAPlatform_leavesEveryOtherPlatformsResultUnchanged() {
    // Invariant: platforms share no random stream, so each sees the same requests and keeps its
    // own numbers (common random numbers).
    Scenario all = TestScenarios.parse(SCENARIO);
    List<PlatformSpec> platforms = all.platforms();
    RunResult full = TestScenarios.run(all);
    RunResult lambdaOnly = TestScenarios.run(all.withPlatforms(List.of(platforms.get(1))));
    assertThat(lambdaOnly.platforms().get(0)).isEqualTo(full.platforms().get(1));
  }

  @Test
  void everyPlatform_seesTheSameRequests() {
    RunResult result = TestScenarios.run(TestScenarios.parse(SCENARIO));
    long requests = result.platforms().get(0).usage().requests();
    for (PlatformResult platform : result.platforms()) {
      assertThat(platform.usage().requests()).isEqualTo(requests);
      assertThat(platform.usage().cpuNanos())
          .isEqualTo(result.platforms().get(0).usage().cpuNanos());
    }
  }
}
