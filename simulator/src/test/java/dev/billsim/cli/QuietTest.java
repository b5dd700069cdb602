package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds that {@code -q} leaves stderr to errors alone: a run or a sweep into {@code --out} writes
 * every file and announces none of them, nor the earlier files it removes, while an error still
 * shows.
 */
class QuietTest {
  @TempDir Path dir;

  @Test
  void run_quietWithOut_writesEveryFileAndPrintsNothingOnStderr() throws IOException {
    Path out = dir.resolve("run");
    Cli.Result result = Cli.runOk("run", tiny(), "--out", out.toString(), "-q");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("workers");
    assertThat(Cli.files(out)).contains("report.json", "index.html", "summary.md");
  }

  @Test
  void run_quietCharts_printsNothingOnStderr() throws IOException {
    Path out = dir.resolve("charts");
    Cli.Result result = Cli.runOk("run", tiny(), "--charts", "--out", out.toString(), "--quiet");
    assertThat(result.err()).isEmpty();
    assertThat(Cli.files(out)).anyMatch(f -> f.startsWith("charts/") && f.endsWith(".png"));
  }

  @Test
  void sweep_quietWithOut_writesEveryFileAndPrintsNothingOnStderr() throws IOException {
    Path out = dir.resolve("sweep");
    Cli.Result result =
        Cli.runOk(
            "sweep",
            Cli.resource("params.yaml").toString(),
            "--vary",
            "rate=1/s,4/s",
            "--out",
            out.toString(),
            "-q");
    assertThat(result.err()).isEmpty();
    assertThat(Cli.files(out)).contains("sweep.csv", "sweep.json", "sweep.txt", "index.html");
  }

  @Test
  void run_quietOverAnEarlierRun_removesItsStaleFilesSilently() throws IOException {
    Path out = dir.resolve("again");
    Cli.runOk("run", tiny(), "--out", out.toString(), "-q");
    Path stale = out.resolve("charts/old.png");
    Files.writeString(stale, "x");
    Path manifest = out.resolve(OutputManifest.NAME);
    Files.writeString(manifest, Files.readString(manifest) + "charts/old.png\n");

    Cli.Result result = Cli.runOk("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.err()).isEmpty();
    assertThat(stale).doesNotExist();
  }

  @Test
  void run_withoutQuiet_announcesEachFileWritten() throws IOException {
    Path out = dir.resolve("loud");
    Cli.Result result = Cli.runOk("run", tiny(), "--out", out.toString());
    List<String> files = Cli.files(out);
    assertThat(result.err().lines()).hasSize(files.size()).allMatch(l -> l.startsWith("wrote "));
  }

  @Test
  void run_quietWithAnError_stillPrintsTheError() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli.Result result = Cli.run("run", tiny(), "--out", file.toString(), "-q");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("billsim: --out ").contains("hint:");
  }

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }
}
