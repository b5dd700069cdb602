package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML reports of a run and of a sweep in headless Chromium, as a reader would: the page
 * loads with no error (no script error, no console error, no resource that fails to load), and a
 * screenshot of it shows a page, not a blank. At a laptop's and a phone's width the page fits:
 * nothing makes the page wider than the window or runs past the content's edge (wide tables scroll
 * in their own box), no word in a table breaks across lines, and every chart is drawn whole at most
 * as wide as the content. Screenshots of those pages go to {@code target/html-screenshots/}.
 *
 * <p>Needs {@code chromium} on the PATH ({@code .ci/run} installs Debian's package when it is
 * missing): without it the test fails. {@code BILLSIM_SKIP_BROWSER=1} skips it.
 */
// Slow (about 30 s): starts headless Chromium. HtmlTest checks the pages' text in the quick loop.
@Tag("slow")
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

  /** Viewport widths of the layout checks, in CSS pixels: a laptop and a phone (iPhone 12-15). */
  private static final int[] WIDTHS = {1280, 390};

  private static final Path SCREENSHOTS = Path.of("target", "html-screenshots");

  /**
   * Six platforms whose names are as long as real ones get (model, architecture, pricing and a
   * setting): each name is one word to a reader and must not wrap at its hyphens or slash, and
   * together they make the tables far wider than a phone.
   */
  private static final String LONG_NAMES =
      """
      name: long-names
      description: Platforms with long names, for the layout of the reports
      parameters: {memory: 1024MB, rate: 2/s}
      horizon: 2m
      seed: 7
      traffic: {arrivals: poisson, rate: "${rate}"}
      requests:
        - name: api
          steps: [{cpu: 5ms}, {io: 50ms}]
      platforms:
        - {name: workers-standard-bundled/unbound, model: workers}
        - {name: lambda-arm64-provisioned/1024, model: lambda, memory: "${memory}", arch: arm64}
        - {name: lambda-x86_64-on-demand/1024, model: lambda, memory: "${memory}"}
        - {name: lambda-arm64-on-demand/2048, model: lambda, memory: 2048MB, arch: arm64}
        - {name: ec2-t4g.small-on-demand/eu-west-1, model: ec2, instance: t4g.small}
        - {name: ec2-m7g.large-on-demand/eu-west-1, model: ec2, instance: m7g.large}
      """;

  /**
   * Measures the page's layout and returns what breaks it, as JSON: the page's width beside the
   * window's, top-level blocks past the content box, words in table cells that span two lines (a
   * word's range has one client rect per line), clipping boxes around tables and code, and each
   * chart's problems. A chart is an {@code <img>} (loaded: {@code naturalWidth > 0}) or an inline
   * SVG (drawn: a non-empty bounding box); its canvas (the viewBox, else width x height) times the
   * scale the browser draws it at must fit its box, and its box the content.
   */
  private static final String LAYOUT =
      """
      (() => {
        const slack = 0.5;
        const body = document.body;
        const bodyBox = body.getBoundingClientRect();
        const bodyStyle = getComputedStyle(body);
        const left = bodyBox.left + parseFloat(bodyStyle.paddingLeft);
        const right = bodyBox.right - parseFloat(bodyStyle.paddingRight);
        const px = x => Math.round(x) + ' px';
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + ' "' + el.textContent.trim().slice(0, 40) + '"';
        const outside = box => box.left < left - slack || box.right > right + slack;

        const pastContent = [];
        for (const el of body.children) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && outside(box)) {
            pastContent.push(describe(el) + ' spans ' + px(box.left) + '..' + px(box.right)
              + ', the content ' + px(left) + '..' + px(right));
          }
        }

        const brokenWords = [];
        for (const cell of document.querySelectorAll('th, td')) {
          const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = texts.nextNode(); node; node = texts.nextNode()) {
            for (const word of node.data.matchAll(/\\S+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
              if (lines.size > 1) {
                brokenWords.push('"' + word[0] + '" on ' + lines.size + ' lines in ' + describe(cell));
              }
            }
          }
        }

        const clipped = [];
        for (const block of document.querySelectorAll('table, pre')) {
          for (let el = block.parentElement; el && el !== body; el = el.parentElement) {
            const overflow = getComputedStyle(el).overflowX;
            if ((overflow === 'hidden' || overflow === 'clip') && el.scrollWidth > el.clientWidth) {
              clipped.push(describe(block) + ' is cut off by ' + describe(el));
            }
          }
        }

        const charts = [];
        const chartProblems = [];
        for (const el of document.querySelectorAll('figure > svg, img')) {
          const figure = el.closest('figure');
          const name = figure && figure.id ? figure.id : el.getAttribute('src') || el.id;
          charts.push(name);
          const box = el.getBoundingClientRect();
          let drawn, canvas, shown;
          if (el instanceof SVGSVGElement) {
            const bbox = el.getBBox();
            drawn = bbox.width > 0 && bbox.height > 0;
            const viewBox = el.viewBox.baseVal;
            canvas = viewBox && viewBox.width > 0
              ? {w: viewBox.width, h: viewBox.height}
              : {w: el.width.baseVal.value, h: el.height.baseVal.value};
            const scale = el.getScreenCTM();
            shown = {w: canvas.w * scale.a, h: canvas.h * scale.d};
          } else {
            drawn = el.complete && el.naturalWidth > 0;
            canvas = {w: el.naturalWidth, h: el.naturalHeight};
            shown = {w: box.width, h: box.height};
          }
          if (!drawn || box.width <= 0 || box.height <= 0) {
            chartProblems.push(name + ': not drawn');
            continue;
          }
          if (outside(box)) {
            chartProblems.push(name + ': ' + px(box.width) + ' wide, past the content ('
              + px(right - left) + ')');
          }
          if (shown.w > box.width + slack || shown.h > box.height + slack) {
            chartProblems.push(name + ': cut off, a ' + px(shown.w) + ' x ' + px(shown.h)
              + ' drawing in a ' + px(box.width) + ' x ' + px(box.height) + ' box');
          }
          if (Math.abs(box.height / box.width - canvas.h / canvas.w) > 0.02 * canvas.h / canvas.w) {
            chartProblems.push(name + ': box ' + px(box.width) + ' x ' + px(box.height)
              + ' does not have the shape of the drawing, ' + canvas.w + ' x ' + canvas.h);
          }
        }

        return JSON.stringify({
          innerWidth: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          contentWidth: right - left,
          pastContent, brokenWords, clipped, charts, chartProblems
        });
      })()
      """;

  @TempDir static Path dir;

  private static String chromium;

  private static Devtools browser;

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

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
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

  @Test
  void runReport_longNames_fitsLaptopAndPhoneWidths() throws Exception {
    Path out = dir.resolve("run-long-names");
    Cli.runOk("run", longNames().toString(), "--out", out.toString(), "-q");
    checkLayout("run-long-names", out);
  }

  @Test
  void sweepReport_longNamesAndManyColumns_fitsLaptopAndPhoneWidths() throws Exception {
    Path out = dir.resolve("sweep-long-names");
    Cli.runOk(
        "sweep",
        longNames().toString(),
        "--vary",
        "memory=128MB..3008MB:6",
        "--out",
        out.toString(),
        "-q");
    checkLayout("sweep-long-names", out);
  }

  @Test
  void sweepReport_twoAxesOfLongNames_fitsLaptopAndPhoneWidths() throws Exception {
    Path out = dir.resolve("sweep-map-long-names");
    Cli.runOk(
        "sweep",
        longNames().toString(),
        "--vary",
        "memory=128MB,3008MB",
        "--vary",
        "rate=1/s,10/s,100/s",
        "--out",
        out.toString(),
        "-q");
    checkLayout("sweep-map-long-names", out);
  }

  /** The bundled sweep of a platform's own setting, whose page adds the cost-latency chart. */
  @Test
  void sweepReport_costLatencyChart_fitsLaptopAndPhoneWidths() throws Exception {
    Path out = dir.resolve("sweep-lambda-memory");
    Path scenario = Path.of("..", "scenarios", "lambda-memory.yaml");
    Cli.runOk(
        "sweep",
        scenario.toString(),
        "--vary",
        "memory=128MB..3008MB:4",
        "--out",
        out.toString(),
        "-q");
    assertThat(out.resolve("charts/cost-latency.svg")).isRegularFile();
    checkLayout("sweep-lambda-memory", out);
  }

  private static Path longNames() throws Exception {
    Path file = dir.resolve("long-names.yaml");
    Files.writeString(file, LONG_NAMES, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Opens a report at each of {@link #WIDTHS}, saves a screenshot of the whole page as {@code
   * NAME-WIDTH.png}, and checks that it fits: every chart written to {@code charts/} is shown.
   */
  private static void checkLayout(String name, Path out) throws Exception {
    List<String> written;
    try (Stream<Path> files = Files.list(out.resolve("charts"))) {
      written =
          files
              .map(file -> file.getFileName().toString())
              .filter(file -> file.endsWith(".svg"))
              .map(file -> file.substring(0, file.length() - ".svg".length()))
              .sorted()
              .toList();
    }
    SoftAssertions soft = new SoftAssertions();
    for (int width : WIDTHS) {
      browser().open(out.resolve("index.html"), width, 900);
      JsonNode layout = browser().evaluate(LAYOUT);
      browser().screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"));
      String at = name + " at " + width + " px (content " + layout.get("contentWidth") + " px)";
      soft.assertThat(layout.get("scrollWidth").asInt())
          .as(at + ": the page's width")
          .isLessThanOrEqualTo(layout.get("innerWidth").asInt());
      soft.assertThat(strings(layout, "pastContent"))
          .as(at + ": blocks past the content")
          .isEmpty();
      soft.assertThat(strings(layout, "brokenWords")).as(at + ": words broken in cells").isEmpty();
      soft.assertThat(strings(layout, "clipped")).as(at + ": tables cut off").isEmpty();
      soft.assertThat(strings(layout, "charts").stream().sorted().toList())
          .as(at + ": the charts shown")
          .isEqualTo(written);
      soft.assertThat(strings(layout, "chartProblems")).as(at + ": charts").isEmpty();
    }
    soft.assertAll();
  }

  private static List<String> strings(JsonNode layout, String field) {
    List<String> values = new ArrayList<>();
    layout.get(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  /** Returns the browser of the layout checks, started on first use. */
  private static synchronized Devtools browser() throws Exception {
    if (browser == null) {
      browser = Devtools.start(chromium, dir);
    }
    return browser;
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
    command.addAll(Devtools.HEADLESS);
    command.addAll(
        List.of(
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
