package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML reports of a run and of a sweep in headless Chromium, as a reader would: the page
 * loads with no error (no script error, no console error, no resource that fails to load), and a
 * screenshot of it shows a page, not a blank.
 *
 * <p>Needs {@code chromium} on the PATH ({@code .ci/run} installs Debian's package when it is
 * missing): without it the test fails. {@code BILLSIM_SKIP_BROWSER=1} skips it.
 */
class HtmlReportBrowserTest {
  private static final long TIMEOUT_SECONDS = 90;

  /**
   * Records errors into the page itself, where {@code --dump-dom} shows them: script errors and
   * failed loads (an error event, caught as it goes down to any element), and console errors.
   */
  private static final String PROBE =
      """
      <script>
      window.billsimErrors = [];
      window.addEventListener('error', function (e) {
        var t = e.target;
        window.billsimErrors.push(e.message || ('failed to load ' + (t && (t.src || t.href))));
      }, true);
      var consoleError = console.error;
      console.error = function () {
        window.billsimErrors.push(Array.prototype.join.call(arguments, ' '));
        consoleError.apply(console, arguments);
      };
      window.addEventListener('load', function () {
        var probe = document.createElement('div');
        probe.id = 'billsim-probe';
        probe.setAttribute('data-errors', JSON.stringify(window.billsimErrors));
        document.body.appendChild(probe);
      });
      </script>
      """;

  @TempDir static Path dir;

  private static String chromium;

  @BeforeAll
  static void findChromium() {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("BILLSIM_SKIP_BROWSER")), "skipped: BILLSIM_SKIP_BROWSER=1");
    chromium = onPath("chromium", "chromium-browser");
    if (chromium == null) {
      throw new AssertionError(
          "chromium is not on the PATH: install it (apt-get install chromium; .ci/run does), or"
              + " set BILLSIM_SKIP_BROWSER=1 to skip this test");
    }
  }

  @Test
  void runReport_loadsWithoutErrors_andIsNotBlank() throws Exception {
    Path out = dir.resolve("run");
    Cli.Result result =
        Cli.run("run", Cli.resource(Cli.TINY).toString(), "--out", out.toString(), "-q");
    assertThat(result.exitCode()).as(result.err()).isZero();
    check(out, 5);
  }

  @Test
  void sweepReport_loadsWithoutErrors_andIsNotBlank() throws Exception {
    Path out = dir.resolve("sweep");
    Cli.Result result =
        Cli.run(
            "sweep",
            Cli.resource("params.yaml").toString(),
            "--vary",
            "rate=1/s..1000/s:4:log",
            "--out",
            out.toString(),
            "-q");
    assertThat(result.exitCode()).as(result.err()).isZero();
    check(out, 1);
  }

  private static void check(Path out, int charts) throws Exception {
    String html = Files.readString(out.resolve("index.html"));
    // The probe goes first in <head>, so it hears everything the page does.
    Path probed = out.resolve("probed.html");
    Files.writeString(probed, html.replace("<head>\n", "<head>\n" + PROBE), StandardCharsets.UTF_8);

    Browser dom = browse(out, "--dump-dom", probed.toUri().toString());
    assertThat(dom.stdout())
        .as("the page loaded and the probe ran")
        .contains("id=\"billsim-probe\"")
        .contains("data-errors=\"[]\"");
    assertThat(dom.stdout().split("<svg ", -1)).hasSize(charts + 1);
    assertThat(consoleErrors(dom.stderr())).isEmpty();

    Path screenshot = out.resolve("screenshot.png");
    Browser shot =
        browse(
            out,
            "--screenshot=" + screenshot,
            "--window-size=1200,900",
            out.resolve("index.html").toUri().toString());
    assertThat(consoleErrors(shot.stderr())).isEmpty();
    assertThat(screenshot).as(shot.stderr()).isRegularFile();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    // A blank page is one colour; text, tables and a chart are hundreds.
    assertThat(colours(image)).isGreaterThan(100);
  }

  /**
   * Returns the lines of Chromium's log that report a console message or an uncaught error. The
   * report has no script, so any console message at all means something went wrong (Chromium logs
   * {@code console.error} at the same level as {@code console.log}, so levels cannot tell).
   */
  private static List<String> consoleErrors(String log) {
    return log.lines()
        .filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught"))
        .toList();
  }

  private record Browser(String stdout, String stderr) {}

  private static Browser browse(Path work, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(args));
    File stdout = work.resolve("chromium.out").toFile();
    File stderr = work.resolve("chromium.err").toFile();
    Process process =
        new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Browser(
        Files.readString(stdout.toPath(), StandardCharsets.UTF_8),
        Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
  }

  private static String onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String entry : path.split(File.pathSeparator)) {
        Path candidate = Path.of(entry, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
