package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks, end to end, that a sweep of a platform's own setting (a Lambda function's memory) names
 * each platform's cheapest, fastest and balanced value in every output, and that the named values
 * are the ones a reader would pick by hand from {@code sweep.csv}.
 */
class SweepTuningCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEMORY = "memory=128MB,512MB,1024MB,1769MB,2048MB,3008MB";

  @TempDir Path dir;

  private Cli.Result sweep(Path out, String... options) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("sweep", Cli.resource("memory.yaml").toString(), "--vary", MEMORY));
    args.addAll(List.of("--out", out.toString(), "-q"));
    args.addAll(List.of(options));
    return Cli.runOk(args.toArray(String[]::new));
  }

  /** One row of sweep.csv: a platform at a memory size, its bill and a latency figure. */
  private record Row(String memory, String platform, BigDecimal usd, double latencyMs) {}

  private static List<Row> rows(Path out, String platform, String latencyColumn)
      throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int latency = header.indexOf(latencyColumn);
    return lines.stream()
        .skip(1)
        .map(line -> line.split(","))
        .filter(cells -> cells[1].equals(platform))
        .map(c -> new Row(c[0], c[1], new BigDecimal(c[2]), Double.parseDouble(c[latency])))
        .toList();
  }

  private static String memoryOf(JsonNode choice) {
    return choice.path("values").path("memory").asText();
  }

  @Test
  void memorySweep_namesTheValuesPickedByHandFromTheCsv_inEveryOutput() throws IOException {
    Path out = dir.resolve("p99");
    Cli.Result result = sweep(out);

    JsonNode best = JSON.readTree(out.resolve("sweep.json").toFile()).path("best_settings");
    assertThat(best.path("latency").asText()).isEqualTo("p99");
    assertThat(best.path("platforms")).hasSize(2); // workers' configuration does not vary
    for (JsonNode platform : best.path("platforms")) {
      List<Row> rows = rows(out, platform.path("platform").asText(), "latency_ms_p99");
      assertThat(rows).hasSize(6);
      Row cheapest = rows.stream().min(Comparator.comparing(Row::usd)).orElseThrow();
      Row fastest = rows.stream().min(Comparator.comparingDouble(Row::latencyMs)).orElseThrow();
      Row balanced =
          rows.stream()
              .filter(r -> r.latencyMs() <= fastest.latencyMs() * 1.1)
              .min(Comparator.comparing(Row::usd))
              .orElseThrow();
      assertThat(memoryOf(platform.path("cheapest"))).isEqualTo(cheapest.memory());
      assertThat(memoryOf(platform.path("fastest"))).isEqualTo(fastest.memory());
      assertThat(memoryOf(platform.path("balanced"))).isEqualTo(balanced.memory());
      // A CPU-heavy function: the smallest size is cheapest, the fastest has a full vCPU or more.
      assertThat(cheapest.memory()).isEqualTo("128MB");
      assertThat(fastest.memory()).isIn("1769MB", "2048MB", "3008MB");
    }

    String table = result.out();
    assertThat(table).contains("Best memory for each platform");
    assertThat(table).containsPattern("lambda-x86 +cheapest +128MB");
    assertThat(table).contains("the cheapest within 10% of the fastest p99");
    assertThat(Files.readString(out.resolve("sweep.txt"))).isEqualTo(table);
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("Best memory for each platform");
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("Best memory for each platform", "charts/cost-latency.svg");
    assertThat(out.resolve("charts/cost-latency.png")).isNotEmptyFile();
    assertThat(out.resolve("charts/cost-latency.svg")).isNotEmptyFile();
  }

  @Test
  void latencyAndWithin_changeTheRule() throws IOException {
    Path out = dir.resolve("p50");
    Cli.Result result = sweep(out, "--latency", "p50", "--within", "50%");

    JsonNode best = JSON.readTree(out.resolve("sweep.json").toFile()).path("best_settings");
    assertThat(best.path("latency").asText()).isEqualTo("p50");
    assertThat(best.path("within").asDouble()).isEqualTo(0.5);
    assertThat(result.out()).contains("p50 ms", "the cheapest within 50% of the fastest p50");
    for (JsonNode platform : best.path("platforms")) {
      List<Row> rows = rows(out, platform.path("platform").asText(), "latency_ms_p50");
      Row fastest = rows.stream().min(Comparator.comparingDouble(Row::latencyMs)).orElseThrow();
      Row balanced =
          rows.stream()
              .filter(r -> r.latencyMs() <= fastest.latencyMs() * 1.5)
              .min(Comparator.comparing(Row::usd))
              .orElseThrow();
      assertThat(memoryOf(platform.path("balanced"))).isEqualTo(balanced.memory());
    }
  }

  @Test
  void sweepOfTraffic_namesNoBestSettingAndDrawsNoCostLatencyChart() throws IOException {
    Path out = dir.resolve("rate");
    Cli.Result result =
        Cli.runOk(
            "sweep",
            Cli.resource("memory.yaml").toString(),
            "--vary",
            "rate=1/s,5/s",
            "--out",
            out.toString(),
            "-q");

    assertThat(result.out()).doesNotContain("Best");
    assertThat(JSON.readTree(out.resolve("sweep.json").toFile()).has("best_settings")).isFalse();
    assertThat(out.resolve("charts/cost-latency.png")).doesNotExist();
  }

  @Test
  void badRule_isRefusedWithExitTwoAndNoOutput() {
    for (List<String> bad : List.of(List.of("--latency", "p42"), List.of("--within", "1500%"))) {
      Path out = dir.resolve("bad-" + bad.get(0).substring(2));
      List<String> args = new ArrayList<>();
      args.addAll(List.of("sweep", Cli.resource("memory.yaml").toString(), "--vary", MEMORY));
      args.addAll(List.of("--out", out.toString()));
      args.addAll(bad);

      Cli.Result result = Cli.run(args.toArray(String[]::new));

      assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
      assertThat(result.err()).contains(bad.get(0), bad.get(1)).doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }
}
