package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds that {@code billsim import} streams a large log in bounded memory: a 1 GB Workers Trace
 * Events file (2.3 million invocations, generated here, seeded) is imported by the real command in
 * a JVM whose heap is 128 MB, sorted through its temporary chunks, and its replay bills exactly the
 * CPU time the events record. Another size: {@code -Dbillsim.bigimport.bytes=N}.
 *
 * <pre>
 * mvn -o -B -pl simulator test -Dtest.excludedGroups= -Dtest=LargeImportStreamTest
 * </pre>
 */
@Tag("slow")
class LargeImportStreamTest {
  private static final long BYTES = Long.getLong("billsim.bigimport.bytes", 1_000_000_000L);

  @TempDir Path dir;

  @Test
  void import_oneGigabyteLog_streamsIn128MbOfHeap() throws Exception {
    Path log = dir.resolve("events.ndjson");
    long events = 0;
    long cpuMs = 0;
    SplittableRandom random = new SplittableRandom(7);
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      long written = 0;
      long t = 1_796_119_200_000L;
      while (written < BYTES) {
        t += random.nextInt(4);
        int cpu = 1 + random.nextInt(20);
        cpuMs += cpu;
        String line =
            String.format(
                Locale.ROOT,
                "{\"CPUTimeMs\":%d,\"Event\":{\"RayID\":\"%016x\",\"Request\":{\"URL\":"
                    + "\"https://shop.example.com/products/%d?ref=%d\",\"Method\":\"GET\"},"
                    + "\"Response\":{\"Status\":200}},\"EventTimestampMs\":%d,"
                    + "\"EventType\":\"fetch\",\"Exceptions\":[],\"Logs\":[],\"Outcome\":\"ok\","
                    + "\"ScriptName\":\"shop-edge\",\"ScriptTags\":[],\"WallTimeMs\":%d}%n",
                cpu,
                events,
                random.nextInt(100_000),
                random.nextInt(1000),
                t,
                cpu + random.nextInt(300));
        out.write(line);
        written += line.length();
        events++;
      }
    }
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Path out = dir.resolve("imported");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx128m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.billsim.cli.Main",
                    "import",
                    "workers-trace",
                    log.toString(),
                    "--out",
                    out.toString(),
                    "-q"))
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(15, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println("LargeImportStreamTest: " + Files.size(log) + " bytes; " + output.strip());
    assertThat(ended).as("the import ends").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains(String.format(Locale.ROOT, "%,d requests in 1 classes", events))
        .contains(
            String.format(
                Locale.ROOT,
                "recorded CPU time (sum of CPUTimeMs) %,d ms; replayed on workers, billed %,d ms:"
                    + " equal",
                cpuMs,
                cpuMs));
    try (var lines = Files.lines(out.resolve(Importer.TRACE))) {
      assertThat(lines.count()).isEqualTo(events + 1);
    }
  }
}
