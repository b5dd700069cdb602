package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds the runnable jar ({@code target/billsim.jar}, made by {@code mvn package}) to what the
 * simulator module's build says of it: the Commons Math classes compiled from source for class-data
 * sharing replace the library's own, every other class of the library is there, and the jar runs a
 * scenario that draws from every distribution kind. Slow: it needs the packaged jar, so it runs in
 * {@code mvn verify}.
 */
@Tag("slow")
class ShadedJarTest {
  private static final Path JAR = Path.of("target", "billsim.jar");
  private static final Path CLASSES = Path.of("target", "classes");
  private static final String MATH = "org/apache/commons/math3/";

  /** The commons-math3 jar itself: a class of it that billsim does not compile from source. */
  private static Path mathJar() throws Exception {
    Path jar =
        Path.of(
            org.apache.commons.math3.random.Well19937c.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    assertThat(jar.getFileName().toString()).startsWith("commons-math3-").endsWith(".jar");
    return jar;
  }

  private static byte[] read(JarFile jar, ZipEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theRecompiledClassesReplaceTheLibrarysOwn_andNoneIsMissing() throws Exception {
    assertThat(JAR).as("mvn package makes it before this test runs").exists();
    List<Path> recompiled;
    try (Stream<Path> files = Files.walk(CLASSES.resolve(MATH))) {
      recompiled = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertThat(recompiled).hasSizeGreaterThan(50);
    try (JarFile shaded = new JarFile(JAR.toFile());
        JarFile library = new JarFile(mathJar().toFile())) {
      for (Path file : recompiled) {
        String name = CLASSES.relativize(file).toString().replace(File.separatorChar, '/');
        ZipEntry entry = shaded.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        byte[] bytes = read(shaded, entry);
        assertThat(bytes).as(name).isEqualTo(Files.readAllBytes(file));
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        assertThat(major).as("%s: a Java 17 class file", name).isEqualTo(61);
      }
      List<String> missing = new ArrayList<>();
      library.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith(MATH) && name.endsWith(".class"))
          .filter(name -> shaded.getEntry(name) == null)
          .forEach(missing::add);
      assertThat(missing).as("library classes missing from the jar").isEmpty();
    }
  }

  @Test
  void theJarRunsEveryDistributionKind() throws Exception {
    Path scenario = Files.createTempFile("kinds", ".yaml");
    Files.writeString(
        scenario,
        """
        name: kinds
        horizon: 1m
        seed: 3
        traffic: {arrivals: poisson, rate: 5/s}
        requests:
          - name: a
            steps:
              - cpu: {uniform: {min: 1ms, max: 3ms}}
              - io: {normal: {mean: 20ms, sd: 5ms}}
              - cpu: {exponential: {mean: 2ms}}
              - io: {lognormal: {median: 10ms, p99: 40ms}}
              - cpu: 1ms
        platforms:
          - {name: workers, model: workers}
          - {name: lambda, model: lambda, memory: 512MB}
        """);
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "-jar",
                JAR.toString(),
                "run",
                scenario.toString(),
                "--replications",
                "3",
                "--format",
                "json")
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(2, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Files.delete(scenario);
    assertThat(ended).as("the run ends").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("\"workers\"").contains("\"lambda\"");
  }
}
