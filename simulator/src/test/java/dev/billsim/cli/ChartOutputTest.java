package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the charts and pages that run --out and sweep write: every file byte-identical whatever
 * the thread count, pages that load nothing from elsewhere, and nothing written when the output
 * cannot be.
 */
class ChartOutputTest {
  @TempDir Path dir;

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  private static String params() {
    return Cli.resource("params.yaml").toString();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static void assertSameBytes(Path a, Path b) throws IOException {
    List<Path> names = files(a);
    assertThat(files(b)).isEqualTo(names);
    for (Path name : names) {
      assertThat(Files.readAllBytes(b.resolve(name)))
          .as(name.toString())
          .isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
  }

  @Test
  void run_out_oneOrThreeThreads_writeByteIdenticalFilesChartsIncluded() throws IOException {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    Cli.runOk("run", tiny(), "--out", one.toString(), "--threads", "1", "-q");
    Cli.runOk("run", tiny(), "--out", three.toString(), "--threads", "3", "-q");
    assertSameBytes(one, three);
    assertThat(files(one)).contains(Path.of("charts/latency-cdf.png"), Path.of("index.html"));
  }

  @Test
  void sweep_oneOrThreeThreads_writeByteIdenticalFilesChartsIncluded() throws IOException {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    String[] vary = {"--vary", "rate=1/s,4/s,16/s"};
    Cli.runOk("sweep", params(), vary[0], vary[1], "--out", one.toString(), "--threads", "1", "-q");
    Cli.runOk(
        "sweep", params(), vary[0], vary[1], "--out", three.toString(), "--threads", "3", "-q");
    assertSameBytes(one, three);
  }

  @Test
  void run_index_isOnePageWithEveryChartInlineAndNothingFromElsewhere() throws IOException {
    Path out = dir.resolve("out");
    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");
    String html = Files.readString(out.resolve("index.html"));

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html.split("<svg ", -1)).hasSize(6); // five charts
    assertThat(html)
        .contains("<h1>tiny</h1>", "Two minutes of light traffic", "lambda (lambda): USD")
        .contains("name: tiny") // the scenario itself
        .contains("href=\"charts/cost-breakdown.png\"");
    assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "@import", "url(http");
    String summary = Files.readString(out.resolve("summary.md"));
    assertThat(summary)
        .startsWith("# tiny\n")
        .contains("| platform", "![Latency distribution](charts/latency-cdf.png)");
  }

  @Test
  void sweep_line_pageListsTheCheapestOnEachStretchAndTheCrossovers() throws IOException {
    Path out = dir.resolve("line");
    Cli.runOk("sweep", params(), "--vary", "rate=1/s..1000/s:4:log", "--out", out.toString(), "-q");
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).contains("<h2>Cheapest platform</h2>", "from rate", "id='chart-cost'");
    assertThat(html).contains("in the logarithm of rate");
    String summary = Files.readString(out.resolve("summary.md"));
    assertThat(summary).contains("![Monthly bill by rate](charts/cost.png)");
    assertThat(summary).contains("| from rate | to rate | cheapest |");
  }

  @Test
  void sweep_grid_writesTheMapAndItsTable() throws IOException {
    Path out = dir.resolve("grid");
    Cli.runOk(
        "sweep",
        params(),
        "--vary",
        "rate=1/s,50/s",
        "--vary",
        "memory=512MB,2048MB",
        "--out",
        out.toString(),
        "-q");
    assertThat(out.resolve("charts/cheapest-map.png")).isRegularFile();
    assertThat(out.resolve("charts/cost.png")).doesNotExist();
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("## Cheapest platform in each cell", "| rate \\ memory | 512MB | 2048MB |");
  }

  @Test
  void run_outWhereChartsCannotGo_writesNothingAndExits2() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("charts"), "a file where the charts directory would go");

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("billsim: --out " + out).doesNotContain("wrote");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
    assertThat(files(out)).containsExactly(Path.of("charts"));
  }

  @Test
  void defaultOut_forCharts_isReportsAndTheScenariosName() {
    assertThat(RunCommand.defaultOut("llm chat/v2")).isEqualTo(Path.of("reports", "llm-chat-v2"));
  }
}
