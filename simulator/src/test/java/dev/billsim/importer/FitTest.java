package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billsim import --fit}: the summary of eight days of Workers events, busy by day and quiet
 * by night, replays the week's shape and each class's CPU.
 */
class FitTest {
  private static final long HOUR_MS = 3_600_000;

  @TempDir Path dir;

  /** Requests per hour: 360 from 08:00 to 20:00 UTC, 36 otherwise. */
  private static int perHour(long epochMs) {
    long hourOfDay = Math.floorMod(epochMs / HOUR_MS, 24);
    return hourOfDay >= 8 && hourOfDay < 20 ? 360 : 36;
  }

  @Test
  void fit_keepsTheWeeklyShape_theClassesAndTheirMeanCpu() throws Exception {
    Path log = dir.resolve("events.ndjson");
    long monday = Instant.parse("2026-11-30T00:00:00Z").toEpochMilli(); // a Monday
    SplittableRandom random = new SplittableRandom(3);
    long requests = 0;
    long searchCpuMs = 0;
    long searches = 0;
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      for (long hour = 0; hour < 8 * 24; hour++) {
        long start = monday + hour * HOUR_MS;
        int n = perHour(start);
        for (int i = 0; i < n; i++) {
          long t = start + i * (HOUR_MS / n);
          boolean search = random.nextInt(4) == 0;
          int cpu = search ? 10 + random.nextInt(11) : 1 + random.nextInt(3);
          if (search) {
            searchCpuMs += cpu;
            searches++;
          }
          out.write(
              String.format(
                  Locale.ROOT,
                  "{\"CPUTimeMs\":%d,\"Event\":{\"Request\":{\"URL\":\"https://x.example/%s\","
                      + "\"Method\":\"GET\"}},\"EventTimestampMs\":%d,\"Outcome\":\"ok\","
                      + "\"ScriptName\":\"w\",\"WallTimeMs\":%d}%n",
                  cpu,
                  search ? "search?q=a" : "items/" + random.nextInt(1000),
                  t,
                  cpu + random.nextInt(50)));
          requests++;
        }
      }
    }
    Path out = dir.resolve("fitted");
    ImportSummary summary =
        Importer.run(
            ImportFormat.WORKERS_TRACE,
            List.of(log),
            List.of("events.ndjson"),
            new Importer.Options(20, 0, null, 100_000, true),
            out,
            read -> {});
    assertThat(summary.requests()).isEqualTo(requests);
    assertThat(out.resolve(Importer.TRACE)).doesNotExist();
    String yaml = Files.readString(out.resolve(Importer.SCENARIO));
    assertThat(yaml).contains("horizon: 7d", "arrivals: stages", "weight: ");
    // Monday 03:00 is quiet, Monday 09:00 busy: 36 and 360 an hour (0.01/s and 0.1/s).
    assertThat(yaml).contains("start-rate: 0.010000/s");
    assertThat(yaml).contains("    - {duration: 3599999ms, target: 0.100000/s}");

    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn()).load(out.resolve(Importer.SCENARIO));
    Usage workers =
        TestScenarios.run(scenario.withPlatforms(List.of(scenario.platforms().get(0))), 1)
            .platforms()
            .get(0)
            .usage();
    // A week of the fitted traffic: 7 x (12 x 360 + 12 x 36) requests, Poisson.
    double expected = 7 * (12 * 360 + 12 * 36);
    assertThat((double) workers.requests()).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    // Each class's CPU drawn from its percentiles: the mean per request within 1% of the data's
    // (linear interpolation between percentiles smooths the whole milliseconds recorded).
    double recordedMeanCpu = summary.cpuNanos().doubleValue() / requests;
    double fittedMeanCpu = workers.cpuNanos().doubleValue() / workers.requests();
    System.out.printf(
        "FitTest: mean CPU recorded %.0f ns, fitted %.0f ns%n", recordedMeanCpu, fittedMeanCpu);
    assertThat(fittedMeanCpu).isCloseTo(recordedMeanCpu, within(0.01 * recordedMeanCpu));
    ClassSummary search =
        summary.classes().stream()
            .filter(c -> c.name().endsWith("/search"))
            .findFirst()
            .orElseThrow();
    assertThat(search.requests()).isEqualTo(searches);
    assertThat(search.cpuNanos()).isEqualTo(searchCpuMs * 1_000_000);
  }
}
