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
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Checks that every chart renders, to the same bytes each time, as a PNG of the fixed width with a
 * picture in it and as well-formed SVG whose ids cannot clash with another chart's on one page;
 * that the bill by line item gives each platform a panel and scale of its own; that a platform
 * looks the same in every chart; and that lines which coincide are named.
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

  /**
   * Seven platforms whose bills differ some hundred times (Workers' subscription against eight EC2
   * instances), with more than ten kinds of charge between them.
   */
  private static final String MANY_PLATFORMS =
      """
      name: many
      horizon: 10m
      seed: 4
      traffic: {arrivals: poisson, rate: 2/s}
      requests:
        - name: r
          steps:
            - cpu: 5ms
            - io: 20ms
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1024MB}
        - {name: ec2-fleet, model: ec2, instance: c7g.large, count: 8}
        - {name: ec2-alb, model: ec2, instance: c7g.large, load-balancer: alb}
        - {name: fargate, model: fargate, vcpu: 1, memory: 2GB, load-balancer: alb}
        - {name: cloud-run, model: cloud-run, vcpu: 1, memory: 512MB}
        - {name: vercel, model: vercel}
      """;

  /**
   * Two instance sizes for requests that only wait on I/O: the larger buys nothing, so their
   * latency and load coincide; Lambda's cold starts set it apart.
   */
  private static final String TWO_SIZES =
      """
      name: two-sizes
      horizon: 10m
      seed: 4
      traffic: {arrivals: poisson, rate: 5/s}
      requests:
        - name: r
          steps:
            - io: 30ms
      platforms:
        - {name: lambda, model: lambda, memory: 1024MB}
        - {name: ec2-small, model: ec2, instance: t4g.small}
        - {name: ec2-large, model: ec2, instance: m7g.large}
      """;

  private static RunResult run;
  private static RunResult many;

  @BeforeAll
  static void simulate() {
    run = TestScenarios.run(TestScenarios.parse(SCENARIO));
    many = TestScenarios.run(TestScenarios.parse(MANY_PLATFORMS));
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
    for (RunResult result : List.of(run, many)) {
      List<ChartImage> first = RunChart.renderAll(result);
      List<ChartImage> second = RunChart.renderAll(result);
      assertThat(first)
          .extracting(ChartImage::name)
          .containsExactly(
              "cost-breakdown", "latency-cdf", "concurrency", "instances", "cost-by-hour");
      for (int i = 0; i < first.size(); i++) {
        assertThat(first.get(i).png()).as(first.get(i).name()).isEqualTo(second.get(i).png());
        assertThat(first.get(i).svg()).as(first.get(i).name()).isEqualTo(second.get(i).svg());
      }
    }
  }

  @Test
  void runCharts_drawnTogetherOnSeveralThreads_sameBytesAsEachDrawnAlone() {
    List<ChartImage> together = RunChart.renderAll(many);
    RunChart[] charts = RunChart.values();
    assertThat(together).hasSize(charts.length);
    for (int i = 0; i < charts.length; i++) {
      ChartImage alone = charts[i].render(many);
      assertThat(together.get(i).name()).isEqualTo(alone.name());
      assertThat(together.get(i).png()).as(alone.name()).isEqualTo(alone.png());
      assertThat(together.get(i).svg()).as(alone.name()).isEqualTo(alone.svg());
    }
  }

  @Test
  void runCharts_arePicturesOfTheFixedWidth_theBillAsTallAsItsPanels() throws IOException {
    for (RunResult result : List.of(run, many)) {
      for (ChartImage chart : RunChart.renderAll(result)) {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(ChartTheme.WIDTH);
        int height = image.getHeight();
        if (chart.name().equals("cost-breakdown")) {
          int panels = result.platforms().size();
          assertThat(height)
              .as("%d panels", panels)
              .isBetween(
                  panels * CostBreakdownChart.PANEL_PX, panels * CostBreakdownChart.PANEL_PX + 250);
          assertThat(chart.svg()).contains("height='" + height + "'");
        } else {
          assertThat(height).as(chart.name()).isEqualTo(ChartTheme.HEIGHT);
        }
        // Lines, text and antialiasing in several platform colours: far more than a blank image.
        assertThat(colours(image)).as(chart.name()).isGreaterThan(50);
      }
    }
  }

  @Test
  void costBreakdown_onePanelPerPlatform_eachWithItsOwnScale() {
    CombinedRangeCategoryPlot plot =
        (CombinedRangeCategoryPlot) CostBreakdownChart.create(many).getPlot();
    List<CategoryPlot> panels = panels(plot);
    assertThat(panels).hasSize(many.platforms().size());
    double cheapest = Double.MAX_VALUE;
    double dearest = 0;
    double lowestTop = Double.MAX_VALUE;
    double highestTop = 0;
    for (int p = 0; p < panels.size(); p++) {
      CategoryPlot panel = panels.get(p);
      double total = many.platforms().get(p).bill().totalUsd().doubleValue();
      ValueAxis dollars = panel.getRangeAxis();
      // The panel's own axis, drawn; not the combined plot's, which would be one scale for all.
      assertThat(dollars).isNotSameAs(plot.getRangeAxis());
      assertThat(dollars.isVisible()).isTrue();
      assertThat(dollars.getUpperBound()).isGreaterThanOrEqualTo(total);
      assertThat(panel.getDataset().getColumnKey(0).toString())
          .startsWith(many.platforms().get(p).platform().name() + "\n$");
      cheapest = Math.min(cheapest, total);
      dearest = Math.max(dearest, total);
      lowestTop = Math.min(lowestTop, dollars.getUpperBound());
      highestTop = Math.max(highestTop, dollars.getUpperBound());
    }
    assertThat(dearest / cheapest).as("the bills' spread").isGreaterThanOrEqualTo(30);
    assertThat(highestTop / lowestTop).as("the scales' spread").isGreaterThan(10);
  }

  @Test
  void costBreakdown_manyCharges_distinctColours_eachTheSameInEveryPanel() {
    CombinedRangeCategoryPlot plot =
        (CombinedRangeCategoryPlot) CostBreakdownChart.create(many).getPlot();
    Map<String, Paint> legend = new LinkedHashMap<>();
    for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
      LegendItem item = plot.getLegendItems().get(i);
      assertThat(legend.put(item.getLabel(), item.getFillPaint())).as(item.getLabel()).isNull();
    }
    assertThat(legend).hasSizeGreaterThanOrEqualTo(11);
    assertThat(new HashSet<>(legend.values())).as("distinct colours").hasSize(legend.size());
    int credits = 0;
    for (CategoryPlot panel : panels(plot)) {
      for (int s = 0; s < panel.getDataset().getRowCount(); s++) {
        String name = panel.getDataset().getRowKey(s).toString();
        Paint paint = panel.getRenderer().getSeriesPaint(s);
        if (legend.containsKey(name)) {
          assertThat(paint).as(name).isEqualTo(legend.get(name));
        } else {
          // A credit: a paler shade of a charge's colour, that charge on the same bill.
          credits++;
          assertThat(legend.values())
              .as(name)
              .anySatisfy(
                  charge ->
                      assertThat(paint)
                          .isEqualTo(
                              Palette.tint((Color) charge, CostBreakdownChart.CREDIT_STRENGTH)));
        }
      }
    }
    assertThat(credits).as("free tiers and included usage").isPositive();
  }

  @Test
  void palette_firstTwentyItemColoursDistinct_platformLooksDifferForEightPlatforms() {
    Set<Color> items = new HashSet<>();
    for (int i = 0; i < Palette.itemColours(); i++) {
      items.add(Palette.itemColour(i));
    }
    assertThat(items).hasSize(20);
    Set<List<Object>> looks = new HashSet<>();
    for (int p = 0; p < 8; p++) {
      looks.add(List.of(Palette.platformColour(p), Palette.platformStroke(p)));
      assertThat(Palette.platformStroke(p)).isNotEqualTo(Palette.platformStroke(p + 1));
      assertThat(Palette.platformShape(p)).isNotEqualTo(Palette.platformShape(p + 1));
    }
    assertThat(looks).hasSize(8);
  }

  @Test
  void platformLooks_sameInEveryChart_byIndexInTheScenario() throws Exception {
    SweepResult line = sweep("wait=0ms..200ms:5");
    List<JFreeChart> charts =
        List.of(
            LatencyCdfChart.create(run),
            LoadCharts.concurrency(run),
            LoadCharts.instances(run),
            CostByHourChart.create(run),
            SweepCostChart.create(line, Crossovers.of(line)));
    List<String> platforms = List.of("workers", "lambda", "ec2");
    for (JFreeChart chart : charts) {
      XYPlot plot = (XYPlot) chart.getPlot();
      XYItemRenderer renderer = plot.getRenderer();
      for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
        int p = platforms.indexOf(plot.getDataset().getSeriesKey(s).toString());
        String what = chart.getTitle().getText() + ": " + platforms.get(p);
        assertThat(renderer.getSeriesPaint(s)).as(what).isEqualTo(Palette.platformColour(p));
        assertThat(renderer.getSeriesStroke(s)).as(what).isEqualTo(Palette.platformStroke(p));
      }
    }
  }

  @Test
  void coincidingLines_differentStrokes_andTheCaptionNamesThem() {
    RunResult twins = TestScenarios.run(TestScenarios.parse(TWO_SIZES));
    for (JFreeChart chart : List.of(LatencyCdfChart.create(twins), LoadCharts.concurrency(twins))) {
      XYPlot plot = (XYPlot) chart.getPlot();
      assertThat(plot.getRenderer().getSeriesStroke(1))
          .isNotEqualTo(plot.getRenderer().getSeriesStroke(2));
      assertThat(captions(chart))
          .as(chart.getTitle().getText())
          .contains("ec2-small and ec2-large coincide");
    }
    // Three platforms whose lines are apart: no such caption.
    for (JFreeChart chart : List.of(LatencyCdfChart.create(run), LoadCharts.concurrency(run))) {
      assertThat(captions(chart)).noneMatch(text -> text.contains("coincide"));
    }
  }

  @Test
  void coincidingLines_withinAThousandthOfTheSpan_groupedInSeriesOrder() {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(line("a", 0, 0, 10, 100));
    data.addSeries(line("b", 0, 40, 10, 60));
    data.addSeries(line("c", 0, 0.05, 10, 100)); // 0.05 of a span of 100: coincides with a
    data.addSeries(line("d", 0, 40, 10, 60.5)); // 0.5 of 100: apart from b
    data.addSeries(line("e", 0, 0, 10, 99.99));
    List<List<String>> groups = CoincidingLines.groups(data);
    assertThat(groups).containsExactly(List.of("a", "c", "e"));
    assertThat(CoincidingLines.caption(groups, "")).isEqualTo("a, c and e coincide");
    assertThat(CoincidingLines.caption(List.of(List.of("a", "b"), List.of("c", "d")), " in x"))
        .isEqualTo("a and b coincide in x; c and d coincide in x");
    assertThat(CoincidingLines.caption(List.of(), "")).isEmpty();
    XYSeriesCollection apart = new XYSeriesCollection();
    apart.addSeries(line("a", 0, 0, 10, 100));
    apart.addSeries(line("b", 0, 0, 10, 100, 20, 100)); // one more point
    assertThat(CoincidingLines.groups(apart)).isEmpty();
  }

  private static XYSeries line(String name, double... xy) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < xy.length; i += 2) {
      series.add(xy[i], xy[i + 1]);
    }
    return series;
  }

  private static List<String> captions(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle text) {
        texts.add(text.getText());
      }
    }
    return texts;
  }

  @SuppressWarnings("unchecked")
  private static List<CategoryPlot> panels(CombinedRangeCategoryPlot plot) {
    return (List<CategoryPlot>) plot.getSubplots();
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
