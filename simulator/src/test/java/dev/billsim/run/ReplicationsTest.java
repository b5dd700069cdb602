package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.cli.Main;
import dev.billsim.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks replications: reproducible, independent of threads, and paired across platforms. */
class ReplicationsTest {
  private static final String SCENARIO =
      """
      name: replicated
      horizon: 20m
      seed: 11
      traffic: {arrivals: poisson, rate: 20/s}
      requests: [{name: r, steps: [{cpu: {exponential: {mean: 4ms}}}, {io: {lognormal: {median: 300ms, p99: 2s}}}]}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda-a, model: lambda, memory: 512MB}
        - {name: lambda-b, model: lambda, memory: 512MB}
        - {name: ec2, model: ec2, instance: c7g.large, count: 1}
        - {name: workers-b, model: workers}
      """;

  private static String[] run(Path file, String format, int threads) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "run",
              file.toString(),
              "--replications=4",
              "--format=" + format,
              "--threads=" + threads,
              "-q"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void replications_oneThreadOrThree_printByteIdenticalReports(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, SCENARIO);
    for (String format : new String[] {"json", "csv", "table", "markdown"}) {
      assertThat(run(file, format, 3)[0]).isEqualTo(run(file, format, 1)[0]);
    }
    String json = run(file, "json", 2)[0];
    assertThat(json).contains("\"replications\"", "\"ci95\"", "\"comparisons\"");
  }

  @Test
  void theFirstReplication_isThePlainRun_andTheOthersDiffer() {
    Scenario scenario = TestScenarios.parse(SCENARIO);
    ScenarioRunner runner = new ScenarioRunner(PriceCatalog.builtIn(), 2);
    ReplicatedResult replicated = runner.replicate(scenario, 3, ProgressListener.NONE);
    assertThat(replicated.first()).isEqualTo(runner.run(scenario, ProgressListener.NONE));
    long first = replicated.runs().get(0).platforms().get(0).usage().requests();
    long second = replicated.runs().get(1).platforms().get(0).usage().requests();
    assertThat(second).isNotEqualTo(first);
    assertThat(replicated.runs().get(1).scenario().seed())
        .isEqualTo(ReplicatedResult.seedOf(11, 1))
        .isNotEqualTo(11);
  }

  @Test
  void pairedComparison_identicalPlatformsAreNotSignificant_differentOnesAre(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, SCENARIO);
    String table = run(file, "table", 2)[0];
    assertThat(table)
        .containsPattern("lambda-a costs USD [0-9.,]+ more a month than workers, 95% CI \\[")
        .doesNotContain("lambda-a costs USD 0.00 more")
        .contains("4 independent replications: mean and 95% confidence interval (Student t)");
    assertThat(table).doesNotContainPattern("lambda-a .*not significant");
    // workers-b is workers again: the paired difference is zero in every replication.
    assertThat(table)
        .contains(
            "workers-b costs USD 0.00 more a month than workers, 95% CI [0.00, 0.00]: not"
                + " significant");
    String json = run(file, "json", 2)[0];
    assertThat(json.replaceAll("\\s", ""))
        .contains("\"platform\":\"lambda-a\",\"cheapest\":\"workers\"")
        .contains("\"significant\":true");
  }

  @Test
  void replicationsOutOfRange_isABadInput(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, SCENARIO);
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"run", file.toString(), "--replications=0"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--replications").contains("expected 1 to 1000");
  }
}
