package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that a scenario's name, description and platform names reach every Markdown file (run
 * {@code report.md} and {@code summary.md}, sweep {@code summary.md}) as text, never as HTML or as
 * a broken table.
 */
class MarkdownOutputTest {
  private static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir Path dir;

  /** Writes a copy of a test scenario with a hostile name, description and first platform. */
  private Path hostile(String resource, String platformLine, String newPlatformLine)
      throws IOException {
    List<String> lines = Files.readAllLines(Cli.resource(resource));
    List<String> edited =
        lines.stream()
            .map(line -> line.startsWith("name: ") ? "name: \"" + SCRIPT + "\"" : line)
            .map(
                line ->
                    line.startsWith("description: ")
                        ? "description: \"" + SCRIPT + " a | b\\n- not a list\""
                        : line)
            .map(line -> line.equals(platformLine) ? newPlatformLine : line)
            .toList();
    assertThat(edited).as("the platform line to replace").contains(newPlatformLine);
    return Files.write(dir.resolve(resource), edited);
  }

  private static void assertInert(String markdown) {
    assertThat(markdown)
        .doesNotContain("<script", "</script", "<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContainPattern("(?m)^- not a list");
  }

  @Test
  void run_hostileNames_areEscapedInReportAndSummary() throws IOException {
    Path file = hostile(Cli.TINY, "  - name: workers", "  - name: \"<b>w|x</b>\"");
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    for (String name : List.of("report.md", "summary.md")) {
      String markdown = Files.readString(out.resolve(name));
      assertInert(markdown);
      assertThat(markdown).as(name).contains("a \\| b", "| &lt;b&gt;w\\|x&lt;/b&gt; | workers |");
    }
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("## &lt;b&gt;w\\|x&lt;/b&gt; (workers): USD");
  }

  @Test
  void sweep_hostileNames_areEscapedInSummary() throws IOException {
    Path file =
        hostile(
            "params.yaml",
            "  - {name: workers, model: workers, plan: \"${plan}\"}",
            "  - {name: \"<b>w|x</b>\", model: workers, plan: \"${plan}\"}");
    Path out = dir.resolve("out");

    Cli.Result result =
        Cli.run("sweep", file.toString(), "--vary", "rate=1/s,4/s", "--out", out + "", "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    String summary = Files.readString(out.resolve("summary.md"));
    assertInert(summary);
    assertThat(summary)
        .startsWith("# &lt;script&gt;alert(1)&lt;/script&gt;: sweep of rate\n")
        .contains(
            "| rate | workers | lambda | ec2 |".replace("workers", "&lt;b&gt;w\\|x&lt;/b&gt;"));
  }
}
