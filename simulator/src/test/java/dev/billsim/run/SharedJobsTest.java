package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that jobs sharing simulations ({@link SharedJobs}) and requests ({@link InTurnJob}) get
 * exactly the results each would get alone, and that they share what they can.
 */
class SharedJobsTest {
  private static final PriceCatalog CATALOG = PriceCatalog.builtIn();

  /** A Lambda memory sweep's points: two architectures, and Workers, whom memory does not touch. */
  private static final String MEMORY_POINT =
      """
      name: memory
      horizon: 10m
      seed: 11
      traffic: {arrivals: poisson, rate: 20/s}
      requests:
        - name: resize
          steps:
            - cpu: {lognormal: {median: 75ms, p99: 150ms}}
            - io: {lognormal: {median: 20ms, p99: 80ms}}
      platforms:
        - {name: lambda-x86, model: lambda, memory: MEMORY, free-tier: false}
        - {name: lambda-arm64, model: lambda, memory: MEMORY, arch: arm64, free-tier: false}
        - {name: workers, model: workers}
      """;

  private static List<PlatformJob> jobsOf(List<Scenario> points) {
    List<PlatformJob> jobs = new ArrayList<>();
    for (Scenario point : points) {
      for (int i = 0; i < point.platforms().size(); i++) {
        jobs.add(new PlatformJob(point, i, CATALOG, false));
      }
    }
    return jobs;
  }

  private static List<Scenario> memoryPoints(String... sizes) {
    List<Scenario> points = new ArrayList<>();
    for (String size : sizes) {
      points.add(TestScenarios.parse(MEMORY_POINT.replace("MEMORY", size)));
    }
    return points;
  }

  /** Loads a bundled scenario over a shorter horizon. */
  private static Scenario bundled(String file, String horizon) throws Exception {
    Path directory = Path.of("../scenarios");
    String text =
        Files.readString(directory.resolve(file)).replace("horizon: 1d", "horizon: " + horizon);
    assertThat(text).contains("horizon: " + horizon);
    return new ScenarioLoader(CATALOG).parse(text, file, directory);
  }

  /** Each job run alone, drawing its own requests: what sharing must reproduce. */
  private static List<String> alone(List<Scenario> points) {
    List<String> results = new ArrayList<>();
    for (PlatformJob job : jobsOf(points)) {
      results.add(describe(job.call()));
    }
    return results;
  }

  private static String describe(PlatformResult result) {
    return result.platform().name()
        + " "
        + UsageJson.toTree(result.usage())
        + " "
        + result.bill().totalUsd();
  }

  private static List<String> describe(List<PlatformResult> results) {
    return results.stream().map(SharedJobsTest::describe).toList();
  }

  @Test
  void memorySweep_simulatesWorkersOnceAndDrawsTheRequestsOncePerGroup() {
    List<Scenario> points = memoryPoints("512MB", "1024MB", "2048MB");
    SharedJobs shared = new SharedJobs(jobsOf(points), 2);

    // 9 jobs: the architectures differ only in their bills, and Workers is the same at every
    // point, so one Lambda simulation a point and one of Workers, in two groups (one a thread),
    // each drawing the requests once.
    assertThat(shared.simulations()).isEqualTo(4);
    assertThat(shared.groups()).isEqualTo(2);
    assertThat(describe(shared.run(2, () -> {}))).isEqualTo(alone(points));
  }

  @Test
  void memorySweep_fromAFullVcpuUp_simulatesOnce_eachBilledAtItsOwnMemory() {
    // From 1,769 MB a function computes at a full vCPU: 2, 3 and 4 GB run alike, their GB-seconds
    // and bills apart. 1 GB is slower, its own simulation; Workers one more.
    List<Scenario> points = memoryPoints("1024MB", "2048MB", "3072MB", "4096MB");
    SharedJobs shared = new SharedJobs(jobsOf(points), 2);

    assertThat(shared.simulations()).isEqualTo(3);
    List<String> results = describe(shared.run(2, () -> {}));
    assertThat(results).isEqualTo(alone(points));
    assertThat(results.get(3)).isNotEqualTo(results.get(6)); // 2 GB and 3 GB: other bills
  }

  @Test
  void oneThread_oneGroupOfEverySimulation_sameResults() {
    List<Scenario> points = memoryPoints("128MB", "3008MB");
    SharedJobs shared = new SharedJobs(jobsOf(points), 1);

    assertThat(shared.simulations()).isEqualTo(3);
    assertThat(shared.groups()).isEqualTo(1);
    assertThat(describe(shared.run(1, () -> {}))).isEqualTo(alone(points));
  }

  @Test
  void pointsWithOtherTraffic_groupApart() {
    List<Scenario> points = new ArrayList<>();
    for (String rate : List.of("5/s", "50/s")) {
      points.add(
          TestScenarios.parse(
              MEMORY_POINT.replace("MEMORY", "1024MB").replace("rate: 20/s", "rate: " + rate)));
    }
    SharedJobs shared = new SharedJobs(jobsOf(points), 1);

    assertThat(shared.simulations()).isEqualTo(4);
    assertThat(shared.groups()).isEqualTo(2); // one tape per rate
    assertThat(describe(shared.run(1, () -> {}))).isEqualTo(alone(points));
  }

  @Test
  void regionsAndPriceOverrides_onlyBilled_shareOneSimulation() {
    // The region, the architecture and the free tier change the bill, not the run.
    List<Scenario> points = new ArrayList<>();
    for (String region : List.of("us-east-1", "eu-west-1", "sa-east-1")) {
      points.add(
          TestScenarios.parse(
              MEMORY_POINT
                  .replace("MEMORY", "1024MB")
                  .replace("free-tier: false}", "free-tier: true, region: " + region + "}")));
    }
    SharedJobs shared = new SharedJobs(jobsOf(points), 2);

    assertThat(shared.simulations()).isEqualTo(2);
    List<PlatformResult> results = shared.run(2, () -> {});
    assertThat(describe(results)).isEqualTo(alone(points));
    // One usage, billed by each job's own platform: its region's rule.
    assertThat(results.get(6).usage()).isSameAs(results.get(0).usage());
    assertThat(results.get(6).platform().region()).isEqualTo("sa-east-1");
  }

  @Test
  void tinyChunks_everyBundledShape_readsTheRequestsAsTheRunDrawsThem() throws Exception {
    // Chunks of 7 requests make every run pause and resume thousands of times, at every place in
    // a chunk: a trace whose columns the models read at admission, sizes, several classes.
    for (String file : List.of("llm-chat.yaml", "image-egress.yaml", "autoscaled-web-api.yaml")) {
      Scenario scenario = bundled(file, "20m");
      List<PlatformJob> jobs = jobsOf(List.of(scenario));
      List<Usage> inTurn = new InTurnJob(jobs, 7).call();
      List<String> together = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        together.add(describe(jobs.get(i).price(inTurn.get(i))));
      }
      assertThat(together).as(file).isEqualTo(alone(List.of(scenario)));
    }
  }

  @Test
  void sessions_drawTheirOwnRequests_sameResults() throws Exception {
    Scenario scenario = bundled("sessions-app.yaml", "2h");
    List<PlatformJob> jobs = jobsOf(List.of(scenario));
    SharedJobs shared = new SharedJobs(jobs, 1);

    assertThat(describe(shared.run(1, () -> {}))).isEqualTo(alone(List.of(scenario)));
  }
}
