package dev.billsim.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the tests need to start JVMs as spark-submit and Spark's own scripts do: Spark's module
 * opens, Spark's classpath with Spark's own Jackson, and the shaded billsim jar.
 */
final class SparkJvm {
  private static final Path TARGET = Path.of("target");

  private SparkJvm() {}

  /** Returns the module opens Spark's launcher gives a JVM on Java 17 (from spark/pom.xml). */
  static String[] opens() {
    return System.getProperty("billsim.spark.opens", "").trim().split("\\s+");
  }

  /** Returns Spark's jars, then Spark's own Jackson: nothing of this build. */
  static List<String> sparkClasspath() throws IOException {
    List<String> entries = new ArrayList<>();
    String spark = Files.readString(TARGET.resolve("spark-classpath.txt")).trim();
    entries.addAll(List.of(spark.split(File.pathSeparator)));
    try (Stream<Path> jackson = Files.list(TARGET.resolve("spark-jackson"))) {
      jackson.sorted().forEach(jar -> entries.add(jar.toAbsolutePath().toString()));
    }
    return entries;
  }

  /** Returns the shaded billsim jar, built by {@code mvn package}. */
  static Path billsimJar() {
    return TARGET.resolve("billsim-spark.jar").toAbsolutePath();
  }
}
