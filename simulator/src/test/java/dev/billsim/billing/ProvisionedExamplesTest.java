package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.ScenarioLoader;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproduces AWS's provisioned-concurrency pricing examples through scenario files. Both describe
 * one event in a month, so their traffic is a trace (written here, one row per request) and the
 * horizon is the whole month.
 */
// Slow (about 15 s): provider worked examples over a whole month of traffic. LambdaProvisionedTest
// holds provisioned concurrency in the quick loop.
@Tag("slow")
class ProvisionedExamplesTest {
  @TempDir Path dir;

  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  private PlatformResult run(String scenario) throws Exception {
    Path file = dir.resolve("example.yaml");
    Files.writeString(file, scenario);
    return TestScenarios.run(new ScenarioLoader(PriceCatalog.builtIn()).load(file), 1)
        .platforms()
        .get(0);
  }

  @Test
  void provisionedExample1_appLaunch_costs19Dollars96() throws Exception {
    // "3M req/month; 1536 MB; PC = 100 for 8 h (noon-8 pm); 500,000 req during PC at 100 ms;
    // 2.5M other req at 120 ms": PC 28,800 s x 150 GB = $18, requests (3M - 1M) x $0.20 = $0.40,
    // PC duration 75,000 GB-s x $0.0000097222 = $0.73, on-demand 450,000 - 400,000 GB-s x
    // $0.0000166667 = $0.83; total $19.96. AWS applies the free tier here, so the scenario does.
    long noon = 12L * 3600_000;
    long eight = 20L * 3600_000;
    long month = 730L * 3600_000;
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("launch.csv"))) {
      out.write("ms,duration_ms\n");
      // 2.5 M requests spread evenly over the 722 hours outside the window, 500,000 inside it.
      double outsideGap = (month - (eight - noon)) / 2_500_000.0;
      double t = 0;
      int outside = 0;
      for (int inside = 0; inside < 500_000 || outside < 2_500_000; ) {
        double nextInside = noon + inside * ((eight - noon) / 500_000.0);
        if (inside < 500_000 && (outside == 2_500_000 || nextInside <= t)) {
          out.write(String.format(Locale.ROOT, "%.4f,100%n", nextInside));
          inside++;
        } else {
          out.write(String.format(Locale.ROOT, "%.4f,120%n", t));
          outside++;
          t += outsideGap;
          if (t >= noon && t < eight) {
            t += eight - noon;
          }
        }
      }
    }
    PlatformResult result =
        run(
            """
            name: provisioned-example-1
            horizon: month
            traffic: {arrivals: trace, file: launch.csv, column: ms, format: ms}
            requests:
              - name: launch
                steps: [{io: {column: duration_ms, unit: ms}}]
            platforms:
              - name: lambda
                model: lambda
                memory: 1536MB
                cold-start: 0ms
                free-tier: true
                provisioned-concurrency: [{level: 100, from: 12h, to: 20h}]
            """);
    assertThat(result.usage().requests()).isEqualTo(3_000_000);
    assertThat(result.usage().coldStarts()).isLessThan(10);
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("provisioned concurrency"))
        .isEqualByComparingTo("18.000144"); // 4,320,000 GB-s
    assertThat(items.get("duration on provisioned concurrency")).isEqualByComparingTo("0.729165");
    assertThat(items.get("duration").add(items.get("free tier: duration")))
        .isEqualByComparingTo("0.833335");
    assertThat(items.get("requests").add(items.get("free tier: requests")))
        .isEqualByComparingTo("0.40");
    assertThat(result.bill().totalUsd().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("19.96");
  }

  @Test
  void provisionedExample2_cyberMonday_costs32Dollars26() throws Exception {
    // "2M requests in 24 h, 280 ms, 4,096 MB, x86, concurrency 7": PC 7 x 4 GB x 86,400 s =
    // 2,419,200 GB-s x $0.0000041667 = $10.08; 2,240,000 GB-s x $0.0000097222 = $21.78; requests
    // 2M x $0.20/M = $0.40 (no free tier); total $32.26.
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("monday.csv"))) {
      out.write("s\n");
      for (int i = 0; i < 2_000_000; i++) {
        out.write(String.format(Locale.ROOT, "%.4f%n", i * 0.0432));
      }
    }
    PlatformResult result =
        run(
            """
            name: provisioned-example-2
            horizon: month
            traffic: {arrivals: trace, file: monday.csv}
            requests:
              - name: order
                steps: [{io: 280ms}]
            platforms:
              - name: lambda
                model: lambda
                memory: 4096MB
                cold-start: 0ms
                provisioned-concurrency: [{level: 7, from: 0h, to: 24h}]
            """);
    // 280 ms every 43.2 ms: never more than 7 at once, so every request runs provisioned.
    assertThat(result.usage().coldStarts()).isZero();
    Map<String, BigDecimal> items = amounts(result);
    assertThat(items.get("provisioned concurrency")).isEqualByComparingTo("10.08008064");
    assertThat(items.get("duration on provisioned concurrency")).isEqualByComparingTo("21.777728");
    assertThat(items.get("requests")).isEqualByComparingTo("0.40");
    assertThat(items.get("duration")).isEqualByComparingTo("0");
    assertThat(result.bill().totalUsd().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("32.26");
  }
}
