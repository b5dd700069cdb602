package dev.billsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.cli.JobEngine;
import dev.billsim.cli.Main;
import dev.billsim.cli.SweepRequest;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepPoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkFiles;
import org.apache.spark.Success$;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code billsim sweep} and {@code billsim run --replications} on Spark in local mode ({@code
 * local[2]}, a task retried up to 4 times, Kryo as the serializer) and holds the files to those of
 * the local engine, byte for byte: as is, in groups of jobs, with tasks whose first attempt fails,
 * and with the scenario's data shipped to the executors by Spark.
 */
class SparkSweepTest {
  private static final Path PARAMS =
      Path.of("../simulator/src/test/resources/dev/billsim/cli/params.yaml");
  private static final List<String> GRID =
      List.of(
          "--vary", "rate=1/s,4/s",
          "--vary", "memory=128MB,1024MB,3008MB",
          "--replications", "2");

  private static JavaSparkContext spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    SparkConf conf =
        new SparkConf()
            .setMaster("local[2,4]")
            .setAppName("billsim-test")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1")
            // Kryo, as many clusters set it: what billsim sends must not depend on the serializer
            // (SparkSubmitJarTest runs Spark's default, Java's).
            .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    spark = new JavaSparkContext(conf);
    spark.setLogLevel("ERROR");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @AfterEach
  void clearSettings() {
    spark.setLocalProperty(SparkEngine.FAIL_FIRST_ATTEMPT, null);
    spark.setLocalProperty(SparkEngine.SHIP_DATA, null);
    spark.setLocalProperty(SparkEngine.JOBS_PER_TASK, null);
  }

  record Result(int exitCode, String out, String err) {}

  private static Result billsim(JobEngine engine, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            args.toArray(String[]::new),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            engine);
    return new Result(code, out.toString(), err.toString());
  }

  private static List<String> sweep(Path scenario, Path out, List<String> options) {
    List<String> args =
        new ArrayList<>(List.of("sweep", scenario.toString(), "--out", out.toString(), "-q"));
    args.addAll(options);
    return args;
  }

  /** Runs the sweep locally and on Spark, and checks both wrote the same files and table. */
  private void assertSparkEqualsLocal(Path scenario, List<String> options) throws IOException {
    Path local = dir.resolve("local");
    Path cluster = dir.resolve("spark");
    Result expected = billsim(null, sweep(scenario, local, options));
    assertThat(expected.exitCode()).as(expected.err()).isZero();

    Result actual = billsim(new SparkEngine(spark), sweep(scenario, cluster, options));

    assertThat(actual.exitCode()).as(actual.err()).isZero();
    assertThat(actual.out()).isEqualTo(expected.out());
    SameFiles.assertSame(cluster, local, "sweep.csv", "sweep.json", "index.html");
  }

  @Test
  void sweep_onSpark_writesTheLocalEnginesFilesByteForByte() throws IOException {
    assertSparkEqualsLocal(PARAMS, GRID);
  }

  @Test
  void sweep_withGroupsOfJobsPerTask_writesTheSameFiles() throws IOException {
    spark.setLocalProperty(SparkEngine.JOBS_PER_TASK, "5");
    assertSparkEqualsLocal(PARAMS, GRID);
  }

  @Test
  void sweep_whoseTasksFailTheirFirstAttempt_isRetriedToTheSameFiles() throws IOException {
    AtomicInteger failed = new AtomicInteger();
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            if (taskEnd.reason() != Success$.MODULE$) {
              failed.incrementAndGet();
            }
          }
        };
    spark.sc().addSparkListener(listener);
    try {
      spark.setLocalProperty(SparkEngine.FAIL_FIRST_ATTEMPT, "0,7,35");
      assertSparkEqualsLocal(PARAMS, GRID);
    } finally {
      spark.sc().removeSparkListener(listener);
    }
    // Spark's listener bus delivers task ends asynchronously: wait for the three failures.
    for (int i = 0; i < 100 && failed.get() < 3; i++) {
      sleep();
    }
    assertThat(failed.get()).as("tasks that failed and were retried").isEqualTo(3);
  }

  @Test
  void sweep_withItsDataShippedBySpark_readsTheShippedCopy() throws IOException {
    Path data = dir.resolve("scenario");
    Files.createDirectories(data.resolve("data"));
    Files.writeString(
        data.resolve("data/trace.csv"),
        "t,bytes\n0.0,1200\n0.4,150000\n1.1,9000000\n2.0,0\n2.5,64\n");
    Path scenario = data.resolve("shipped.yaml");
    Files.writeString(
        scenario,
        String.join(
            "\n",
            "name: shipped",
            "horizon: 10m",
            "parameters: {cpu: 2ms}",
            "traffic: {arrivals: trace, file: data/trace.csv, column: t, loop: true}",
            "requests:",
            "  - name: r",
            "    steps:",
            "      - cpu: ${cpu}",
            "    response-size: {column: bytes, unit: B}",
            "platforms:",
            "  - {name: lambda, model: lambda}",
            "  - {name: workers, model: workers}",
            ""));
    spark.setLocalProperty(SparkEngine.SHIP_DATA, "true");
    assertSparkEqualsLocal(scenario, List.of("--vary", "cpu=1ms,5ms,20ms"));
    List<Path> copies;
    try (Stream<Path> shipped = Files.list(Path.of(SparkFiles.getRootDirectory()))) {
      copies =
          shipped
              .filter(p -> p.getFileName().toString().startsWith("billsim-data-"))
              .map(p -> p.resolve("data/trace.csv"))
              .filter(Files::isRegularFile)
              .toList();
    }
    assertThat(copies).as("Spark's unpacked copy of the scenario's directory").hasSize(1);
    assertThat(copies.get(0)).hasSameTextualContentAs(data.resolve("data/trace.csv"));
  }

  @Test
  void progress_reachesEveryJob_andNeverGoesBack() throws ScenarioException {
    SweepRequest request =
        new SweepRequest(
            PARAMS.toString(),
            readString(PARAMS),
            PARAMS.toAbsolutePath().getParent().toString(),
            List.of(),
            List.of(),
            List.of("rate=1/s,2/s,4/s"),
            null,
            "p99",
            "10%",
            2);
    SweepRequest.Opened opened = request.load();
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : opened.sweep().points()) {
      scenarios.add(opened.sweep().scenario(point));
    }
    SweepJobs jobs = new SweepJobs(opened.sweep(), scenarios, 2, opened.catalog());
    List<Integer> reports = new ArrayList<>();

    List<Usage> usages =
        new SparkEngine(spark).run(request, jobs.keys(), done -> reports.add(done.cardinality()));

    assertThat(usages).hasSize(18);
    assertThat(reports).isNotEmpty().isSorted();
    assertThat(reports.get(reports.size() - 1)).isEqualTo(18);
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void runWithReplications_onSpark_writesTheLocalEnginesReportsAndCharts() throws IOException {
    Path local = dir.resolve("local");
    Path cluster = dir.resolve("spark");
    List<String> run =
        List.of("run", PARAMS.toString(), "--replications", "3", "--set", "rate=3/s", "-q");
    List<String> localArgs = new ArrayList<>(run);
    localArgs.addAll(List.of("--out", local.toString()));
    List<String> sparkArgs = new ArrayList<>(run);
    sparkArgs.addAll(List.of("--out", cluster.toString()));
    Result expected = billsim(null, localArgs);
    assertThat(expected.exitCode()).as(expected.err()).isZero();

    Result actual = billsim(new SparkEngine(spark), sparkArgs);

    assertThat(actual.exitCode()).as(actual.err()).isZero();
    assertThat(actual.out()).isEqualTo(expected.out()).contains("95%");
    SameFiles.assertSame(cluster, local, "report.json", "charts/cost-by-hour.png");
  }

  @Test
  void sparkMain_withABadScenario_exits2WithoutStartingSpark() {
    StringWriter err = new StringWriter();
    int code =
        SparkMain.run(
            new String[] {"sweep", dir.resolve("missing.yaml").toString(), "--vary", "rate=1/s"},
            new SparkConf().setMaster("local[1]"),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("missing.yaml", "no such file").doesNotContain("Exception");
  }

  @Test
  void sparkMain_withABadSetting_exits2WithoutStartingSpark() {
    StringWriter err = new StringWriter();
    int code =
        SparkMain.run(
            new String[] {"sweep", PARAMS.toString(), "--vary", "rate=1/s"},
            new SparkConf().setMaster("local[1]").set(SparkEngine.JOBS_PER_TASK, "0"),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "billsim: --conf spark.billsim.jobs-per-task=0: expected a whole number from 1, got"
                + " '0'")
        .doesNotContain("Exception");
  }

  @Test
  void sweep_withShardOnSpark_isRefused() {
    Result result =
        billsim(
            new SparkEngine(spark),
            sweep(PARAMS, dir.resolve("out"), List.of("--vary", "rate=1/s", "--shard", "1/2")));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("--shard 1/2: expected no --shard where a cluster runs the sweep");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
