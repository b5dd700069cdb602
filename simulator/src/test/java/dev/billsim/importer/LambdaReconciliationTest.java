package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reconciliation: a Lambda log replayed on {@code lambda-recorded} bills exactly the logs' Billed
 * Duration and GB-seconds. The logs are generated here, seeded, in the layout {@code aws logs tail}
 * prints: thousands of overlapping invocations, one in ten a cold start, durations to 0.01 ms, at a
 * memory where CPU is a fraction of a vCPU. Any difference is a bug in the import or the model.
 */
class LambdaReconciliationTest {
  private static final DateTimeFormatter TAIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} MB, {1} invocations, CPU {2}")
  @CsvSource({"128, 3000, 0.2", "1024, 3000, 0.5", "1769, 1000, 1", "3008, 1000, 0.05"})
  void replayBillsTheLogsBilledDuration_exactly(long memoryMb, int invocations, String cpuShare)
      throws Exception {
    Random random = new Random(memoryMb * 31 + invocations);
    Path log = dir.resolve("function.log");
    long billedMillis = 0;
    long startMicros = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli() * 1000;
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      for (int i = 0; i < invocations; i++) {
        startMicros += (long) (-Math.log(1 - random.nextDouble()) * 50_000); // 20 a second
        long durationCenti = 100 + random.nextInt(300_000); // 1 ms to 3 s, to 0.01 ms
        long initCenti = random.nextInt(10) == 0 ? 10_000 + random.nextInt(90_000) : 0;
        // Since August 2025: INIT plus duration, rounded up to the millisecond.
        long billed = (durationCenti + initCenti + 99) / 100;
        billedMillis += billed;
        String id = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
        String stream = "2026/12/01/[$LATEST]0123456789abcdef0123456789abcdef";
        long endMicros = startMicros + (durationCenti + initCenti) * 10;
        out.write(
            stamp(startMicros) + " " + stream + " START RequestId: " + id + " Version: $LATEST\n");
        out.write(
            stamp(endMicros)
                + " "
                + stream
                + " REPORT RequestId: "
                + id
                + "\tDuration: "
                + centis(durationCenti)
                + " ms\tBilled Duration: "
                + billed
                + " ms\tMemory Size: "
                + memoryMb
                + " MB\tMax Memory Used: 80 MB"
                + (initCenti > 0 ? "\tInit Duration: " + centis(initCenti) + " ms" : "")
                + "\n");
      }
    }
    Path out = dir.resolve("imported");
    ImportSummary summary =
        Importer.run(
            ImportFormat.LAMBDA_TEXT,
            List.of(log),
            List.of("function.log"),
            new Importer.Options(20, 0, CpuShares.flat(new BigDecimal(cpuShare)), 1000),
            out,
            read -> {});
    assertThat(summary.billedMillis()).isEqualTo(billedMillis);
    assertThat(summary.billedOtherwise()).isZero();
    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn()).load(out.resolve(Importer.SCENARIO));
    Scenario recorded =
        scenario.withPlatforms(
            scenario.platforms().stream()
                .filter(p -> p.name().equals(ScenarioWriter.LAMBDA_RECORDED))
                .toList());
    Usage usage = TestScenarios.run(recorded, 1).platforms().get(0).usage();
    assertThat(usage.invocations()).isEqualTo(invocations);
    assertThat(usage.throttled()).isZero();
    assertThat(usage.billedNanos()).isEqualTo(BigInteger.valueOf(billedMillis * 1_000_000));
    assertThat(usage.billedMbNanos())
        .isEqualTo(
            BigInteger.valueOf(billedMillis * 1_000_000).multiply(BigInteger.valueOf(memoryMb)));
    assertThat(usage.coldStarts()).isEqualTo(summary.coldStarts());
    // The CPU written is time on one vCPU: on the recorded memory it stretches back to at most
    // the share of each duration asked for, and the replay on a full vCPU is shorter or equal.
    assertThat(new BigDecimal(usage.cpuNanos()))
        .isLessThanOrEqualTo(
            new BigDecimal(summary.wallNanos())
                .multiply(new BigDecimal(cpuShare))
                .multiply(BigDecimal.valueOf(Math.min(memoryMb, 1769)))
                .divide(BigDecimal.valueOf(1769), MathContext.DECIMAL64));
  }

  private static String stamp(long epochMicros) {
    return TAIL.format(
        Instant.ofEpochSecond(epochMicros / 1_000_000, (epochMicros % 1_000_000) * 1000));
  }

  private static String centis(long centis) {
    return String.format(Locale.ROOT, "%d.%02d", centis / 100, centis % 100);
  }
}
