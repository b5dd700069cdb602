package dev.billsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code billsim-spark.jar} as spark-submit would: in a JVM of its own whose
 * classpath is Spark's jars with Spark's own Jackson (2.18, not the simulator's 2.23) and the
 * billsim jar, with Spark's module opens; first in {@code local[2]}, then against a Spark
 * standalone cluster started here (a master, a worker and its executor, each a JVM of its own),
 * with Kryo and the scenario's data shipped as an archive. The files must equal the local engine's,
 * byte for byte. Runs in {@code mvn verify}, after the jar is built.
 */
@Tag("slow")
class SparkSubmitJarTest {
  private static final Path PARAMS =
      Path.of("../simulator/src/test/resources/dev/billsim/cli/params.yaml");

  @TempDir Path dir;

  record Output(String stdout, Path files) {}

  private Output local(List<String> args, String name) {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--out", out.toString()));
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            all.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return new Output(stdout.toString(), out);
  }

  /** Runs the shaded jar in a JVM of its own, as spark-submit does, and returns what it wrote. */
  private Output submitted(List<String> args, String name, String... conf) throws Exception {
    Path out = dir.resolve(name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(SparkJvm.opens()));
    command.add("-Xmx1g");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add("-Dspark.jars=" + SparkJvm.billsimJar()); // spark-submit sends the app's jar
    for (String setting : conf) {
      command.add("-D" + setting);
    }
    command.addAll(List.of("-cp", classpath(), SparkMain.class.getName()));
    command.addAll(args);
    command.addAll(List.of("--out", out.toString()));
    Path stdout = dir.resolve(name + ".stdout");
    Path stderr = dir.resolve(name + ".stderr");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("no end in 5 minutes: " + Files.readString(stderr));
    }
    assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
    return new Output(Files.readString(stdout, StandardCharsets.UTF_8), out);
  }

  private static String classpath() throws IOException {
    List<String> entries = new ArrayList<>(SparkJvm.sparkClasspath());
    for (String entry : entries) {
      assertThat(entry).as("Spark's classpath").doesNotContain("jackson-databind-2.23");
    }
    assertThat(SparkJvm.billsimJar()).as("the shaded jar, built by mvn package").isRegularFile();
    entries.add(SparkJvm.billsimJar().toString());
    return String.join(File.pathSeparator, entries);
  }

  private static void assertSame(Output actual, Output expected) throws IOException {
    assertThat(actual.stdout()).isEqualTo(expected.stdout());
    SameFiles.assertSame(actual.files(), expected.files());
  }

  @Test
  void shadedJar_onSparksOwnClasspath_writesTheLocalEnginesFiles() throws Exception {
    List<String> sweep =
        List.of(
            "sweep",
            PARAMS.toString(),
            "--vary",
            "rate=1/s,4/s",
            "--vary",
            "plan=free,standard",
            "-q");

    assertSame(submitted(sweep, "submitted", "spark.master=local[2]"), local(sweep, "local"));
  }

  @Test
  void shadedJar_onAStandaloneCluster_withKryoAndShippedData_writesTheLocalEnginesFiles()
      throws Exception {
    Path study = dir.resolve("study");
    Files.createDirectories(study.resolve("data"));
    Files.writeString(study.resolve("data/trace.csv"), "t,bytes\n0.0,1200\n0.4,150000\n1.1,9000\n");
    Path scenario = study.resolve("traced.yaml");
    Files.writeString(
        scenario,
        String.join(
            "\n",
            "name: traced",
            "horizon: 5m",
            "parameters: {cpu: 2ms}",
            "traffic: {arrivals: trace, file: data/trace.csv, column: t, loop: true}",
            "requests: [{name: r, steps: [{cpu: '${cpu}'}], response-size: {column: bytes, unit: B}}]",
            "platforms: [{name: lambda, model: lambda}, {name: workers, model: workers}]",
            ""));
    List<String> sweep =
        List.of(
            "sweep",
            scenario.toString(),
            "--vary",
            "cpu=1ms,5ms,20ms",
            "--replications",
            "2",
            "-q");
    List<String> run =
        List.of("run", PARAMS.toString(), "--replications", "3", "--set", "rate=3/s", "-q");
    Output expectedSweep = local(sweep, "local-sweep");
    Output expectedRun = local(run, "local-run");

    try (StandaloneCluster cluster =
        StandaloneCluster.start(dir.resolve("cluster"), SparkJvm.sparkClasspath(), 2)) {
      String[] conf = {
        "spark.master=" + cluster.master(),
        "spark.executor.memory=1g",
        "spark.serializer=org.apache.spark.serializer.KryoSerializer",
        "spark.billsim.ship-data=true"
      };
      assertSame(submitted(sweep, "cluster-sweep", conf), expectedSweep);
      assertSame(submitted(run, "cluster-run", conf), expectedRun);
    }
  }
}
