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
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code billsim-spark.jar} as spark-submit would: in a JVM of its own whose
 * classpath is Spark's jars with Spark's own Jackson (2.18, not the simulator's 2.23) and the
 * billsim jar, with Spark's module opens and {@code spark.master=local[2]}; its files must equal
 * the local engine's, byte for byte. Runs in {@code mvn verify}, after the jar is built.
 */
@Tag("slow")
class SparkSubmitJarTest {
  private static final Path TARGET = Path.of("target");
  private static final Path PARAMS =
      Path.of("../simulator/src/test/resources/dev/billsim/cli/params.yaml");

  @TempDir Path dir;

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
    Path local = dir.resolve("local");
    List<String> localArgs = new ArrayList<>(sweep);
    localArgs.addAll(List.of("--out", local.toString()));
    StringWriter localOut = new StringWriter();
    int localCode =
        Main.execute(
            localArgs.toArray(String[]::new),
            new PrintWriter(localOut, true),
            new PrintWriter(new StringWriter(), true));
    assertThat(localCode).isZero();

    Path submitted = dir.resolve("submitted");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("billsim.spark.opens", "").trim().split("\\s+")));
    command.addAll(
        List.of(
            "-Xmx1g",
            "-Dspark.master=local[2]",
            "-Dspark.ui.enabled=false",
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-cp",
            classpath(),
            SparkMain.class.getName()));
    command.addAll(sweep);
    command.addAll(List.of("--out", submitted.toString()));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();

    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).isEqualTo(localOut.toString());
    assertThat(files(submitted)).isEqualTo(files(local));
    for (String file : files(local)) {
      assertThat(Files.readAllBytes(submitted.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(local.resolve(file)));
    }
  }

  /** Spark's jars, then Spark's own Jackson, then the shaded billsim jar: nothing of this build. */
  private static String classpath() throws IOException {
    List<String> entries = new ArrayList<>();
    String spark = Files.readString(TARGET.resolve("spark-classpath.txt")).trim();
    entries.addAll(List.of(spark.split(File.pathSeparator)));
    try (Stream<Path> jackson = Files.list(TARGET.resolve("spark-jackson"))) {
      jackson.sorted().forEach(jar -> entries.add(jar.toAbsolutePath().toString()));
    }
    for (String entry : entries) {
      assertThat(entry).as("Spark's classpath").doesNotContain("jackson-databind-2.23");
    }
    Path jar = TARGET.resolve("billsim-spark.jar");
    assertThat(jar).as("the shaded jar, built by mvn package").isRegularFile();
    entries.add(jar.toAbsolutePath().toString());
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
