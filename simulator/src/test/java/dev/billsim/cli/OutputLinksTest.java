package dev.billsim.cli;

import static dev.billsim.cli.BadInput.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that billsim never writes through a symbolic link it did not make inside {@code --out}: a
 * linked {@code charts/} is refused before running, a link where a report goes is replaced (the
 * rename replaces the link itself), and a link planted at a temporary file's name is not followed.
 * The {@code --out} path itself may be a link: the user named it.
 */
class OutputLinksTest {
  @TempDir Path dir;

  private static String tiny() {
    return Cli.resource(Cli.TINY).toString();
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.findAny().isEmpty();
    }
  }

  @Test
  void run_chartsIsALink_isRefusedBeforeRunningAndItsTargetStaysEmpty() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("charts"), elsewhere);

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err())
        .startsWith("billsim: --out " + out + ": expected a directory whose charts/ is a directory")
        .contains("a symbolic link to " + elsewhere, "  hint: remove the link")
        .doesNotContain("wrote");
    assertThat(isEmpty(elsewhere)).as("the link's target is empty").isTrue();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("charts"));
    }
  }

  @Test
  void writeBytes_chartsLinkedAfterTheCheck_isRefusedAndWritesNothing() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("charts"), elsewhere);

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("report.txt", new byte[] {'x'});
    files.put("charts/cost.png", new byte[] {'x'});
    PrintWriter err = new PrintWriter(new StringWriter());

    assertThatThrownBy(() -> OutputFiles.writeBytes(out, files, err, err))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("a symbolic link");

    assertThat(isEmpty(elsewhere)).isTrue();
    assertThat(out.resolve("report.txt")).doesNotExist();
  }

  @Test
  void run_reportIsALink_replacesTheLinkAndLeavesItsTargetAlone() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path victim = Files.writeString(dir.resolve("victim"), "keep me");
    Files.createSymbolicLink(out.resolve("report.txt"), victim);

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("keep me");
    assertThat(Files.isSymbolicLink(out.resolve("report.txt"))).isFalse();
    assertThat(Files.readString(out.resolve("report.txt"))).isEqualTo(result.out());
  }

  @Test
  void run_staleTemporaryFileIsALink_isRemovedNotFollowed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/charts")).getParent();
    Path victim = dir.resolve("victim");
    Path chartVictim = dir.resolve("chart-victim");
    Files.createSymbolicLink(out.resolve(".billsim-report.txt.tmp"), victim);
    Files.createSymbolicLink(out.resolve("charts/.billsim-cost-breakdown.png.tmp"), chartVictim);
    Files.createSymbolicLink(out.resolve(".billsim-probe.tmp"), dir.resolve("probe-victim"));

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(victim).doesNotExist();
    assertThat(chartVictim).doesNotExist();
    assertThat(dir.resolve("probe-victim")).doesNotExist();
    assertThat(Files.isSymbolicLink(out.resolve("report.txt"))).isFalse();
    assertThat(out.resolve(".billsim-report.txt.tmp")).doesNotExist();
  }

  @Test
  void run_outItselfIsALink_writesIntoItsTarget() throws IOException {
    Path target = Files.createDirectory(dir.resolve("target"));
    Path out = Files.createSymbolicLink(dir.resolve("out"), target);

    Cli.Result result = Cli.run("run", tiny(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(target.resolve("report.txt")).isRegularFile();
    assertThat(target.resolve("charts/cost-breakdown.png")).isRegularFile();
  }
}
