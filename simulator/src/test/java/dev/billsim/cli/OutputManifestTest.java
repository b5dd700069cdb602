package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that a write into a directory billsim wrote before leaves none of the earlier files it
 * does not write again, using the manifest {@code .billsim-files}; that it removes nothing the
 * manifest does not list, nothing outside the directory and nothing through a link; and that a
 * directory without a manifest holding the other command's reports is refused before running.
 */
class OutputManifestTest {
  @TempDir Path dir;

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  private static String params() {
    return Cli.resource("params.yaml").toString();
  }

  @Test
  void sweep_overARun_leavesWhatASweepIntoAnEmptyDirectoryLeaves() throws IOException {
    Path out = dir.resolve("out");
    Path fresh = dir.resolve("fresh");
    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    Cli.Result sweep = Cli.runOk("sweep", params(), "--vary", "rate=1/s,4/s", "--out", out + "");

    Cli.runOk("sweep", params(), "--vary", "rate=1/s,4/s", "--out", fresh + "", "-q");
    assertThat(Cli.files(out)).isEqualTo(Cli.files(fresh)).contains("sweep.csv", ".billsim-files");
    assertThat(sweep.err()).contains("removed " + out.resolve("report.txt"));
  }

  @Test
  void run_overASweep_removesTheSweepsTables() throws IOException {
    Path out = dir.resolve("out");
    Cli.runOk("sweep", params(), "--vary", "rate=1/s,4/s", "--out", out.toString(), "-q");

    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    assertThat(Cli.files(out))
        .doesNotContain("sweep.csv", "sweep.json", "sweep.txt", "charts/cost.png");
    assertThat(Cli.files(out)).contains("report.txt", "charts/latency-cdf.png");
  }

  @Test
  void sweep_gridOverALine_removesTheLinesChart() throws IOException {
    Path out = dir.resolve("out");
    Cli.runOk("sweep", params(), "--vary", "rate=1/s,4/s", "--out", out.toString(), "-q");

    Cli.runOk(
        "sweep",
        params(),
        "--vary",
        "rate=1/s,4/s",
        "--vary",
        "memory=512MB,1024MB",
        "--out",
        out.toString(),
        "-q");

    assertThat(Cli.files(out))
        .contains("charts/cheapest-map.png")
        .doesNotContain("charts/cost.png");
  }

  @Test
  void run_writesAManifestListingEveryFileItWrote() throws IOException {
    Path out = dir.resolve("out");
    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    List<String> listed =
        Files.readAllLines(out.resolve(".billsim-files"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.startsWith("#"))
            .sorted()
            .toList();
    List<String> written =
        Cli.files(out).stream().filter(name -> !name.equals(".billsim-files")).toList();
    assertThat(listed).isEqualTo(written);
  }

  @Test
  void run_keepsTheUsersOwnFiles() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/charts")).getParent();
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve("charts/mine.png"), "mine");
    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    assertThat(Cli.files(out)).contains("notes.txt", "charts/mine.png");
  }

  @Test
  void sweep_intoAnOlderRunWithoutManifest_isRefusedBeforeRunningAndRemovesNothing()
      throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("report.txt"), "an older billsim's report");
    Files.writeString(out.resolve("report.md"), "an older billsim's report");

    Cli.Result result = Cli.run("sweep", params(), "--vary", "rate=1/s,4/s", "--out", out + "");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err())
        .startsWith(
            "billsim: --out " + out + ": expected a directory without reports of billsim run")
        .contains("got report.txt, report.md, which no .billsim-files lists")
        .contains("  hint: remove them, or choose another --out");
    assertThat(Cli.files(out)).containsExactly("report.md", "report.txt");
  }

  @Test
  void run_intoAnOlderSweepWithoutManifest_isRefused() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("sweep.csv"), "an older billsim's sweep");

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains("without reports of billsim sweep", "got sweep.csv");
    assertThat(Cli.files(out)).containsExactly("sweep.csv");
  }

  @Test
  void run_hostileManifest_removesNothingOutsideTheDirectoryOrThroughALink() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "keep");
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path inElsewhere = Files.writeString(elsewhere.resolve("x.png"), "keep");
    Files.createSymbolicLink(out.resolve("linked"), elsewhere);
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
    Files.createSymbolicLink(out.resolve("link.txt"), victim);
    Files.createDirectory(out.resolve("a-directory"));
    Files.writeString(
        out.resolve(".billsim-files"),
        String.join(
            "\n",
            "../outside.txt",
            outside.toString(),
            "charts/../../outside.txt",
            "linked/x.png",
            "link.txt",
            "a-directory",
            ".billsim-files",
            ""));

    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    assertThat(Files.readString(outside)).isEqualTo("keep");
    assertThat(Files.readString(inElsewhere)).isEqualTo("keep");
    assertThat(Files.readString(victim)).isEqualTo("keep");
    assertThat(out.resolve("link.txt")).as("the listed link itself is removed").doesNotExist();
    assertThat(out.resolve("a-directory")).isDirectory();
    assertThat(out.resolve("linked")).isSymbolicLink();
  }

  @Test
  void removeStale_leavesNoEmptyChartsDirectory() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("charts/old"));
    Files.writeString(out.resolve("charts/old/a.png"), "x");
    Files.writeString(out.resolve("charts/b.png"), "x");
    StringWriter err = new StringWriter();

    OutputManifest.removeStale(
        out,
        Set.of("charts/old/a.png", "charts/b.png"),
        Set.of("report.txt"),
        new PrintWriter(err, true),
        new PrintWriter(err, true));

    assertThat(out.resolve("charts")).doesNotExist();
    assertThat(out).isDirectory();
    assertThat(err.toString()).contains("removed " + out.resolve("charts/b.png"));
  }

  @Test
  void isInside_refusesEveryNameThatCouldLeaveTheDirectory() {
    assertThat(OutputManifest.isInside("report.txt")).isTrue();
    assertThat(OutputManifest.isInside("charts/cost.png")).isTrue();
    for (String name :
        List.of(
            "",
            "/etc/passwd",
            "../x",
            "charts/../../x",
            "charts/./x",
            "charts//x",
            "charts/",
            "..",
            "a\\b",
            "# a comment",
            ".billsim-files")) {
      assertThat(OutputManifest.isInside(name)).as(name).isFalse();
    }
  }
}
