package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the happy path of {@code billsim run} and the top-level command through the real command
 * line: every format prints something a program can read, {@code --seed} and {@code --out} do what
 * the help says, results go to stdout and announcements to stderr.
 */
class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METRICS =
      List.of(
          "requests",
          "completed",
          "errors",
          "throttled",
          "cpu_s",
          "wall_s",
          "billed_s",
          "billed_gb_s",
          "cold_starts",
          "instance_s",
          "busy_vcpu_s");
  private static final List<String> LATENCIES = List.of("mean", "p50", "p90", "p99", "p999", "max");

  @TempDir Path dir;

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  private static Cli.Result runOk(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
    return result;
  }

  @Test
  void run_jsonFormat_printsEveryDocumentedField() throws IOException {
    Cli.Result result = runOk("run", tiny(), "--format", "json", "-q");

    JsonNode root = JSON.readTree(result.out());
    assertThat(root.get("scenario").asText()).isEqualTo("tiny");
    assertThat(root.get("seed").asLong()).isEqualTo(7);
    assertThat(root.get("horizon_s").asDouble()).isEqualTo(120.0);
    assertThat(root.get("month_s").asDouble()).isEqualTo(730 * 3600.0);
    JsonNode platforms = root.get("platforms");
    assertThat(platforms).hasSize(3);
    assertThat(platforms.findValuesAsText("name")).contains("workers", "lambda", "ec2");
    for (JsonNode platform : platforms) {
      assertThat(platform.get("model").asText()).isIn("workers", "lambda", "ec2");
      JsonNode metrics = platform.get("metrics");
      for (String metric : METRICS) {
        assertThat(metrics.path(metric).isNumber()).as(metric).isTrue();
      }
      assertThat(metrics.at("/concurrency/mean").isNumber()).isTrue();
      assertThat(metrics.at("/concurrency/max").isNumber()).isTrue();
      for (String latency : LATENCIES) {
        assertThat(metrics.at("/latency_ms/" + latency).isNumber()).as(latency).isTrue();
      }
      JsonNode bill = platform.get("bill");
      assertThat(bill.get("scale_to_month").isNumber()).isTrue();
      assertThat(bill.get("total_usd").isNumber()).isTrue();
      assertThat(bill.get("items")).isNotEmpty();
      for (JsonNode item : bill.get("items")) {
        assertThat(item.get("name").isTextual()).isTrue();
        assertThat(item.get("quantity").isNumber()).isTrue();
        assertThat(item.get("unit").isTextual()).isTrue();
        assertThat(item.get("unit_usd").isNumber()).isTrue();
        assertThat(item.get("usd").isNumber()).isTrue();
      }
    }
  }

  @Test
  void run_jsonFormat_sameTrafficReachesEveryPlatformAndOutcomesAddUp() throws IOException {
    // The design's promise: every platform sees the same arrivals; each ends in one outcome.
    JsonNode platforms =
        JSON.readTree(runOk("run", tiny(), "--format", "json").out()).get("platforms");

    long requests = platforms.get(0).at("/metrics/requests").asLong();
    assertThat(requests).isPositive();
    for (JsonNode platform : platforms) {
      JsonNode m = platform.get("metrics");
      assertThat(m.get("requests").asLong()).isEqualTo(requests);
      assertThat(
              m.get("completed").asLong() + m.get("errors").asLong() + m.get("throttled").asLong())
          .isEqualTo(requests);
    }
  }

  @Test
  void run_tableFormat_isTheDefaultAndNamesEveryPlatform() {
    Cli.Result result = runOk("run", tiny());

    assertThat(result.out()).startsWith("tiny").contains("USD/month", "workers", "lambda", "ec2");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void run_csvFormat_printsAHeaderAndOneRowPerPlatformOfEqualWidth() {
    Cli.Result result = runOk("run", tiny(), "--format", "csv");

    assertThat(result.out()).endsWith("\r\n");
    List<List<String>> rows = result.out().lines().map(RunCommandTest::csvCells).toList();
    assertThat(rows).hasSize(4);
    List<String> header = rows.get(0);
    assertThat(header)
        .startsWith("scenario", "seed", "platform", "model", "total_usd")
        .containsAll(METRICS)
        .contains("usd:duration", "usd:instance-hours", "usd:CPU time");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSameSizeAs(header).startsWith("tiny", "7");
    }
    assertThat(rows.subList(1, 4))
        .extracting(row -> row.get(2))
        .containsExactly("workers", "lambda", "ec2");
  }

  /** Splits one CSV line into cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void run_markdownFormat_printsAHeadingAndTables() {
    Cli.Result result = runOk("run", tiny(), "--format", "markdown");

    assertThat(result.out()).startsWith("# tiny\n").contains("| platform", "## lambda (lambda)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "Json", "json"})
  void run_formatName_isCaseInsensitive(String name) throws IOException {
    Cli.Result result = runOk("run", tiny(), "--format", name);

    assertThat(JSON.readTree(result.out()).get("scenario").asText()).isEqualTo("tiny");
  }

  @Test
  void run_seedOption_overridesTheScenarioSeed() throws IOException {
    JsonNode fromFile = JSON.readTree(runOk("run", tiny(), "--format", "json").out());
    JsonNode overridden =
        JSON.readTree(runOk("run", tiny(), "--format", "json", "--seed", "99").out());

    assertThat(fromFile.get("seed").asLong()).isEqualTo(7);
    assertThat(overridden.get("seed").asLong()).isEqualTo(99);
    assertThat(overridden.get("platforms")).isNotEqualTo(fromFile.get("platforms"));
  }

  @Test
  void run_sameSeedTwice_printsTheSameBytes() {
    // Determinism: a run is a function of the scenario and the seed, whatever the thread count.
    String first = runOk("run", tiny(), "--format", "json", "--threads", "1").out();
    String second = runOk("run", tiny(), "--format", "json", "--threads", "3").out();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void run_outOption_writesEveryFormatAndAnnouncesEachFile() throws IOException {
    Path out = dir.resolve("reports/run1");

    Cli.Result result = runOk("run", tiny(), "--format", "json", "--out", out.toString());

    List<String> names =
        List.of(
            "report.txt",
            "report.json",
            "report.csv",
            "report.md",
            "charts/cost-breakdown.png",
            "charts/cost-breakdown.svg",
            "charts/latency-cdf.png",
            "charts/latency-cdf.svg",
            "charts/concurrency.png",
            "charts/concurrency.svg",
            "charts/instances.png",
            "charts/instances.svg",
            "charts/cost-by-hour.png",
            "charts/cost-by-hour.svg",
            "index.html",
            "summary.md",
            ".billsim-files");
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrderElementsOf(names);
    }
    for (String name : names) {
      assertThat(result.err()).contains("wrote " + out.resolve(name));
      assertThat(Files.size(out.resolve(name))).isPositive();
    }
    // Announced in the order written: the reports, the charts, the pages that show them, then the
    // list of them all.
    assertThat(result.err().lines().filter(l -> l.startsWith("wrote ")).toList())
        .containsExactlyElementsOf(names.stream().map(n -> "wrote " + out.resolve(n)).toList());
    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(result.out());
  }

  @Test
  void run_outOption_writesTheSameReportsAsStdout() throws IOException {
    Path out = dir.resolve("out");

    Cli.Result table = runOk("run", tiny(), "--out", out.toString());
    Cli.Result csv = runOk("run", tiny(), "--format", "csv");
    Cli.Result markdown = runOk("run", tiny(), "--format", "markdown");

    assertThat(Files.readString(out.resolve("report.txt"))).isEqualTo(table.out());
    assertThat(Files.readString(out.resolve("report.csv"))).isEqualTo(csv.out());
    assertThat(Files.readString(out.resolve("report.md"))).isEqualTo(markdown.out());
  }

  @Test
  void run_outIntoExistingDirectory_replacesReportsAndKeepsOtherFiles() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("report.json"), "old");
    Files.writeString(out.resolve("notes.txt"), "mine");

    runOk("run", tiny(), "--out", out.toString(), "-q");

    assertThat(JSON.readTree(out.resolve("report.json").toFile()).get("scenario").asText())
        .isEqualTo("tiny");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void help_topLevel_printsUsageOnStdoutAndExits0() {
    Cli.Result result = runOk("--help");

    assertThat(result.out()).contains("Usage: billsim", "run");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void help_runCommand_listsEveryOptionWithDefaults() {
    Cli.Result result = runOk("run", "--help");

    assertThat(result.out())
        .contains("Usage: billsim run", "--format", "--seed", "--out", "--threads", "--quiet")
        .contains("default: table");
  }

  @Test
  void version_option_printsTheVersionAndExits0() {
    Cli.Result result = runOk("--version");

    assertThat(result.out()).startsWith("billsim ");
  }

  @Test
  void billsim_withoutCommand_printsUsageOnStderrAndExits2() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("expected a command", "Usage: billsim");
  }

  @Test
  void billsim_unknownCommand_isUsageErrorWithExitCode2() {
    Cli.Result result = Cli.run("walk", tiny());

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("walk");
  }
}
