package dev.billsim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.RunResult;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import dev.billsim.sweep.Crossovers;
import dev.billsim.sweep.Sweep;
import dev.billsim.sweep.SweepPoint;
import dev.billsim.sweep.SweepProgress;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRunner;
import dev.billsim.sweep.Vary;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Checks that every chart renders, to the same bytes each time, as a PNG of the fixed size with a
 * picture in it and as well-formed SVG whose ids cannot clash with another chart's on one page.
 */
class ChartsTest {
  private static final String SCENARIO =
      """
      name: charts
      parameters: {wait: 20ms, rate: 5/s}
      horizon: 20m
      seed: 9
      traffic:
        arrivals: poisson
        rate: ${rate}
      requests:
        - name: r
          steps:
            - cpu: 10ms
            - io: ${wait}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1024MB}
        - {name: ec2, model: ec2, instance: t4g.small}
      """;

  private static RunResult run;

  @BeforeAll
  static void simulate() {
    run = TestScenarios.run(TestScenarios.parse(SCENARIO));
  }

  private static SweepResult sweep(String... vary) throws Exception {
    ScenarioTemplate template =
        new ScenarioLoader(PriceCatalog.builtIn()).template(SCENARIO, "charts.yaml", Path.of(""));
    List<dev.billsim.sweep.Axis> axes = new ArrayList<>();
    for (String option : vary) {
      axes.add(Vary.parse(option, template));
    }
    Sweep sweep = new Sweep(template, Map.of(), axes, null);
    List<dev.billsim.scenario.Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      scenarios.add(sweep.scenario(point));
    }
    return new SweepRunner(PriceCatalog.builtIn(), 2).run(sweep, scenarios, SweepProgress.NONE);
  }

  @Test
  void runCharts_renderTheSameBytesTwice() {
    List<ChartImage> first = RunChart.renderAll(run);
    List<ChartImage> second = RunChart.renderAll(run);
    assertThat(first)
        .extracting(ChartImage::name)
        .containsExactly(
            "cost-breakdown", "latency-cdf", "concurrency", "instances", "cost-by-hour");
    for (int i = 0; i < first.size(); i++) {
      assertThat(first.get(i).png()).as(first.get(i).name()).isEqualTo(second.get(i).png());
      assertThat(first.get(i).svg()).as(first.get(i).name()).isEqualTo(second.get(i).svg());
    }
  }

  @Test
  void runCharts_arePicturesOfTheFixedSize() throws IOException {
    for (ChartImage chart : RunChart.renderAll(run)) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
      assertThat(image.getWidth()).isEqualTo(ChartTheme.WIDTH);
      assertThat(image.getHeight()).isEqualTo(ChartTheme.HEIGHT);
      // Lines, text and antialiasing in several platform colours: far more than a blank image.
      assertThat(colours(image)).as(chart.name()).isGreaterThan(50);
    }
  }

  @Test
  void svg_isWellFormed_withTextAndIdsPrefixedByTheChartsName() throws Exception {
    Pattern ids = Pattern.compile("id='([^']*)'");
    for (ChartImage chart : RunChart.renderAll(run)) {
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(chart.svg())));
      assertThat(chart.svg()).contains("<text", "DejaVu Sans").doesNotContain("Tahoma");
      Matcher m = ids.matcher(chart.svg());
      int count = 0;
      while (m.find()) {
        assertThat(m.group(1))
            .satisfiesAnyOf(
                id -> assertThat(id).startsWith(chart.name() + "-"),
                id -> assertThat(id).isEqualTo("chart-" + chart.name()));
        count++;
      }
      assertThat(count).isPositive();
    }
  }

  @Test
  void sweepCost_marksEachCrossoverWithOneRing() throws Exception {
    SweepResult line = sweep("wait=0ms..200ms:5");
    Crossovers crossovers = Crossovers.of(line);
    assertThat(crossovers.crossovers()).isNotEmpty();
    JFreeChart chart = SweepCostChart.create(line, crossovers);
    XYPlot plot = (XYPlot) chart.getPlot();
    assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(3);
    assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(crossovers.crossovers().size());
    assertThat(SweepChart.renderAll(line)).extracting(ChartImage::name).containsExactly("cost");
  }

  @Test
  void sweepGrid_drawsOnlyTheMap() throws Exception {
    SweepResult grid = sweep("rate=1/s,20/s", "wait=0ms,200ms");
    List<ChartImage> charts = SweepChart.renderAll(grid);
    assertThat(charts).extracting(ChartImage::name).containsExactly("cheapest-map");
    assertThat(charts.get(0).svg()).contains("%"); // the margins written in the cells
  }

  @Test
  void shade_paleForATie_fullColourFromHalfTheRunnerUpsBill() {
    Color blue = new Color(0x0072B2);
    assertThat(CheapestMapChart.shade(blue, 0.5)).isEqualTo(blue);
    assertThat(CheapestMapChart.shade(blue, 0.9)).isEqualTo(blue);
    Color tie = CheapestMapChart.shade(blue, 0);
    assertThat(tie.getRed()).isGreaterThan(200);
    assertThat(CheapestMapChart.shade(blue, 0.25).getRed())
        .isBetween(blue.getRed() + 1, tie.getRed() - 1);
  }

  @Test
  void axisUnit_showsShortDurationsInMilliseconds() {
    AxisUnit ms = new AxisUnit("ms", 1000);
    assertThat(ms.format(0.0418)).isEqualTo("41.8 ms");
    assertThat(ms.format(0)).isEqualTo("0 ms");
    assertThat(new AxisUnit("/s", 1).format(1250)).isEqualTo("1,250/s");
    assertThat(new AxisUnit("", 1).format(0.5)).isEqualTo("0.5");
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
