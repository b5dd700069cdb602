package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code billsim sweep} end to end on params.yaml: the files it writes and announces, rows
 * in point then platform order, each point's numbers equal to those of {@code run --set} at that
 * point, and byte-identical output whatever the thread count.
 */
class SweepCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PLATFORMS = List.of("workers", "lambda", "ec2");

  @TempDir Path dir;

  private static String params() {
    return Cli.resource("params.yaml").toString();
  }

  private static Cli.Result runOk(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
    return result;
  }

  private Path sweep(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(List.of("sweep", params(), "--out", out.toString(), "-q"));
    all.addAll(List.of(args));
    runOk(all.toArray(String[]::new));
    return out;
  }

  private static List<String> csvLines(Path out) throws IOException {
    return Files.readString(out.resolve("sweep.csv"), StandardCharsets.UTF_8).lines().toList();
  }

  /** Returns the first {@code n} cells of each data row, joined by commas. */
  private static List<String> leadingCells(Path out, int n) throws IOException {
    return csvLines(out).stream()
        .skip(1)
        .map(line -> String.join(",", List.of(line.split(",")).subList(0, n)))
        .toList();
  }

  @Test
  void sweep_line_writesEachFileAnnouncesItAndPrintsTheTable() throws IOException {
    Path out = dir.resolve("line");

    Cli.Result result = runOk("sweep", params(), "--vary", "rate=1/s,4/s", "--out", out.toString());

    for (String file : List.of("sweep.csv", "sweep.json", "sweep.txt")) {
      assertThat(out.resolve(file)).isRegularFile();
      assertThat(result.err()).contains("wrote " + out.resolve(file));
    }
    assertThat(result.out()).isEqualTo(Files.readString(out.resolve("sweep.txt")));
    assertThat(result.out()).startsWith("params: USD per month at each point");
    assertThat(result.out()).contains("rate", "workers", "lambda", "ec2", "1/s", "4/s");
    try (var files = Files.walk(out)) {
      // No temporary file left behind: the three tables, a chart in two formats, two pages and
      // the list of them all.
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              ".billsim-files",
              "charts/cost.png",
              "charts/cost.svg",
              "index.html",
              "summary.md",
              "sweep.csv",
              "sweep.json",
              "sweep.txt");
    }
  }

  @Test
  void sweep_csv_hasTheDocumentedColumnsAndOneRowPerPointAndPlatform() throws IOException {
    Path out = sweep("csv", "--vary", "rate=1/s,4/s");

    List<String> lines = csvLines(out);
    List<String> header = List.of(lines.get(0).split(",", -1));
    assertThat(header.subList(0, 4))
        .containsExactly("rate", "platform", "total_usd", "allowances_usd");
    assertThat(header.get(4)).startsWith("usd:");
    int firstMetric = header.indexOf("requests");
    assertThat(header.subList(4, firstMetric)).allMatch(name -> name.startsWith("usd:"));
    assertThat(header)
        .contains(
            "cpu_s",
            "wall_s",
            "io_share",
            "cold_starts",
            "instances_mean",
            "instances_max",
            "latency_ms_p50",
            "latency_ms_p99");
    assertThat(leadingCells(out, 2))
        .containsExactly(
            "1/s,workers", "1/s,lambda", "1/s,ec2", "4/s,workers", "4/s,lambda", "4/s,ec2");
    for (String line : lines) {
      assertThat(line.split(",", -1)).hasSize(header.size());
    }
  }

  @Test
  void sweep_lambdaFreeTier_everyFileSaysWhatItTookOffAndHowToTurnItOff() throws IOException {
    Path out = sweep("allowances", "--vary", "rate=1/s,4/s");

    List<String> lines = csvLines(out);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int allowances = header.indexOf("allowances_usd");
    int requests = header.indexOf("usd:free tier: requests");
    int duration = header.indexOf("usd:free tier: duration");
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = List.of(line.split(",", -1));
      if (cells.get(1).equals("lambda")) {
        // The free tier's two credits are the bill's only allowances.
        assertThat(new BigDecimal(cells.get(allowances)))
            .isNegative()
            .isEqualByComparingTo(
                new BigDecimal(cells.get(requests)).add(new BigDecimal(cells.get(duration))));
      } else if (cells.get(1).equals("ec2")) {
        assertThat(cells.get(allowances)).isEqualTo("0.0");
      }
    }
    JsonNode lambda = JSON.readTree(out.resolve("sweep.json").toFile()).at("/rows/1");
    assertThat(lambda.get("platform").asText()).isEqualTo("lambda");
    assertThat(lambda.get("allowances_usd").decimalValue()).isNegative();
    assertThat(lambda.at("/bill/allowances/0/kind").asText()).isEqualTo("free-tier");
    assertThat(lambda.at("/bill/allowances/0/off").asText()).isEqualTo("free-tier: false");
    for (String page : List.of("sweep.txt", "summary.md", "index.html")) {
      // index.html keeps a hyphenated word whole in a span: it wraps only at the space.
      String off =
          page.endsWith(".html")
              ? "<span class=\"word\">free-tier:</span> false"
              : "free-tier: false";
      assertThat(Files.readString(out.resolve(page)))
          .as(page)
          .contains("Allowances lowered these bills", "free tier, given once per account")
          .contains(off, "2 of 2");
    }
  }

  @Test
  void sweep_grid_isRowMajorWithTheFirstVaryOutermost() throws IOException {
    Path out = sweep("grid", "--vary", "memory=512MB,1GB", "--vary", "wait=0ms,10ms,1s");

    assertThat(leadingCells(out, 3).stream().filter(row -> row.endsWith(",lambda")).toList())
        .containsExactly(
            "512MB,0ms,lambda",
            "512MB,10ms,lambda",
            "512MB,1s,lambda",
            "1GB,0ms,lambda",
            "1GB,10ms,lambda",
            "1GB,1s,lambda");
    JsonNode root = JSON.readTree(out.resolve("sweep.json").toFile());
    assertThat(root.get("points").asInt()).isEqualTo(6);
    assertThat(root.at("/vary/0/name").asText()).isEqualTo("memory");
    assertThat(root.at("/vary/0/numbers/1").asDouble()).isEqualTo(1024.0);
    assertThat(root.at("/vary/1/numbers/2").asDouble()).isEqualTo(1.0);
    assertThat(root.get("rows")).hasSize(18);
  }

  @Test
  void sweep_logRange_runsTheComputedValues() throws IOException {
    Path out = sweep("log", "--vary", "rate=1/s..100/s:5:log");

    assertThat(leadingCells(out, 2).stream().filter(row -> row.endsWith(",workers")).toList())
        .containsExactly(
            "1/s,workers", "3.2/s,workers", "10/s,workers", "32/s,workers", "100/s,workers");
    // Arrivals follow the rate: 2 minutes at 100/s is about 12,000 requests.
    JsonNode rows = JSON.readTree(out.resolve("sweep.json").toFile()).get("rows");
    long last = rows.get(12).at("/metrics/requests").asLong();
    assertThat(last).isBetween(11_500L, 12_500L);
    assertThat(rows.get(0).at("/metrics/requests").asLong()).isBetween(90L, 150L);
  }

  @Test
  void sweep_eachPoint_equalsARunWithSetAtThatPoint() throws IOException {
    Path out =
        sweep(
            "equal", "--vary", "rate=1/s,4/s", "--vary", "memory=512MB,1024MB", "--set", "wait=1s");
    JsonNode rows = JSON.readTree(out.resolve("sweep.json").toFile()).get("rows");
    assertThat(rows).hasSize(12);

    for (int point = 0; point < 4; point++) {
      JsonNode values = rows.get(3 * point).get("values");
      String rate = values.get("rate").asText();
      String memory = values.get("memory").asText();
      Cli.Result run =
          runOk(
              "run",
              params(),
              "--set",
              "rate=" + rate,
              "--set",
              "memory=" + memory,
              "--set",
              "wait=1s",
              "--format",
              "json",
              "-q");
      JsonNode platforms = JSON.readTree(run.out()).get("platforms");
      for (int p = 0; p < PLATFORMS.size(); p++) {
        JsonNode row = rows.get(3 * point + p);
        JsonNode platform = platforms.get(p);
        String where = rate + ", " + memory + ", " + PLATFORMS.get(p);
        assertThat(row.get("platform").asText()).as(where).isEqualTo(PLATFORMS.get(p));
        assertThat(row.get("metrics"))
            .as("metrics at %s", where)
            .isEqualTo(platform.get("metrics"));
        assertThat(row.get("bill")).as("bill at %s", where).isEqualTo(platform.get("bill"));
        assertThat(row.get("total_usd")).isEqualTo(platform.at("/bill/total_usd"));
        assertThat(row.get("allowances_usd")).isEqualTo(platform.at("/bill/allowances_usd"));
      }
    }
    // The points differ, so the equality above is not that of four copies of one run.
    assertThat(rows.get(1).at("/bill/total_usd")).isNotEqualTo(rows.get(10).at("/bill/total_usd"));
  }

  @Test
  void sweep_oneThreadOrThree_writesByteIdenticalFiles() throws IOException {
    String[] vary = {"--vary", "rate=1/s,3/s", "--vary", "wait=0ms,200ms"};
    Path one = sweep("one", concat(vary, "--threads", "1"));
    Path three = sweep("three", concat(vary, "--threads", "3"));

    for (String file : List.of("sweep.csv", "sweep.json", "sweep.txt")) {
      assertThat(Files.readAllBytes(three.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  void sweep_setAndSeed_applyAtEveryPoint() throws IOException {
    Path out = sweep("set", "--vary", "rate=1/s,2/s", "--set", "plan=free", "--seed", "123");

    JsonNode root = JSON.readTree(out.resolve("sweep.json").toFile());
    assertThat(root.at("/set/plan").asText()).isEqualTo("free");
    for (JsonNode row : root.get("rows")) {
      assertThat(row.get("seed").asLong()).isEqualTo(123);
    }
    assertThat(root.at("/rows/0/bill/notes").toString()).contains("Workers Free");
  }

  @Test
  void defaultOut_isUnderReportsAndSafeForAnyName() {
    assertThat(SweepCommand.defaultOut("traffic-growth"))
        .isEqualTo(Path.of("reports", "traffic-growth-sweep"));
    assertThat(SweepCommand.defaultOut("a/b c")).isEqualTo(Path.of("reports", "a-b-c-sweep"));
    assertThat(SweepCommand.defaultOut("..")).isEqualTo(Path.of("reports", "scenario-sweep"));
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }
}
