package dev.billsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.BestSetting;
import dev.billsim.sweep.Crossover;
import dev.billsim.sweep.Crossovers;
import dev.billsim.sweep.Sweep;
import dev.billsim.sweep.SweepPoint;
import dev.billsim.sweep.SweepProgress;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRunner;
import dev.billsim.sweep.Tuning;
import dev.billsim.sweep.Vary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * Checks the sweep charts' scales and the cost-latency chart: values spread over decades get a log
 * or symmetric-log x-axis on which lines bend as the crossovers interpolate (so each ring sits on
 * both lines, and markers stay on the swept points), and a sweep of a platform's own setting gets
 * two panels with its choices marked, platforms in their own looks, and lines that coincide named.
 */
class SweepChartsTest {
  private static final String SCENARIO =
      """
      name: sweep-charts
      parameters: {wait: 20ms, memory: 1024MB}
      horizon: 5m
      seed: 3
      traffic: {arrivals: poisson, rate: 20/s}
      requests:
        - name: r
          steps:
            - cpu: 20ms
            - io: ${wait}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: "${memory}"}
      """;

  private static ScenarioTemplate template() throws Exception {
    return new ScenarioLoader(PriceCatalog.builtIn())
        .template(SCENARIO, "sweep-charts.yaml", Path.of(""));
  }

  private static Axis axis(String vary) throws Exception {
    return Vary.parse(vary, template());
  }

  private static SweepResult sweep(String vary) throws Exception {
    return sweep(vary, Map.of());
  }

  private static SweepResult sweep(String vary, Map<String, String> fixed) throws Exception {
    return sweep(SCENARIO, vary, fixed);
  }

  private static SweepResult sweep(String scenario, String vary, Map<String, String> fixed)
      throws Exception {
    ScenarioTemplate template =
        new ScenarioLoader(PriceCatalog.builtIn()).template(scenario, "sweep.yaml", Path.of(""));
    Sweep sweep = new Sweep(template, fixed, List.of(Vary.parse(vary, template)), null);
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      scenarios.add(sweep.scenario(point));
    }
    return new SweepRunner(PriceCatalog.builtIn(), 2).run(sweep, scenarios, SweepProgress.NONE);
  }

  @Test
  void xAxis_valuesSpanningDecades_getALogOrSymmetricLogScale() throws Exception {
    assertThat(SweepXAxis.of(axis("wait=10ms,20ms,40ms")).create().getLabel())
        .isEqualTo("wait (ms)");
    assertThat(SweepXAxis.of(axis("wait=1ms,100ms,1000ms")).create().getLabel())
        .isEqualTo("wait (ms), log scale");
    assertThat(SweepXAxis.of(axis("wait=0ms,20ms,1980ms")).create()).isInstanceOf(SymLogAxis.class);
    assertThat(SweepXAxis.of(axis("wait=0ms,20ms,40ms")).bends()).isFalse();
    assertThat(SweepXAxis.of(axis("wait=1ms..1000ms:4:log")).bends()).isFalse();
    assertThat(SweepXAxis.of(axis("wait=1ms,100ms,1000ms")).bends()).isTrue();
  }

  @Test
  void symLog_isLinearNearZeroLogarithmicAbove_andTicksNeverCrowd() {
    SymLogAxis axis = new SymLogAxis("wait", 20, 3);
    assertThat(axis.of(0)).isZero();
    assertThat(axis.of(20)).isCloseTo(Math.log10(2), within(1e-12));
    assertThat(axis.valueAt(axis.of(1980))).isCloseTo(1980, within(1e-9));
    assertThat(axis.of(20_000) - axis.of(2000)).isCloseTo(1.0, within(0.01)); // a decade far out
    axis.setRange(0, axis.of(2000));
    List<?> ticks = axis.refreshTicks(null, null, null, RectangleEdge.BOTTOM);
    List<String> labels = new ArrayList<>();
    double last = Double.NEGATIVE_INFINITY;
    for (Object tick : ticks) {
      NumberTick number = (NumberTick) tick;
      labels.add(number.getText());
      assertThat(number.getValue() - last).isGreaterThanOrEqualTo(axis.of(2000) * 0.07 - 1e-12);
      last = number.getValue();
    }
    assertThat(labels).startsWith("0").contains("10", "100", "1,000");
  }

  @Test
  void sweepCost_onASymmetricLogAxis_putsEachRingOnBothLines() throws Exception {
    SweepResult result = sweep("wait=0ms,20ms,60ms,180ms,980ms,1980ms", Map.of("memory", "512MB"));
    Crossovers crossovers = Crossovers.of(result);
    assertThat(crossovers.crossovers()).isNotEmpty();
    JFreeChart chart = SweepCostChart.create(result, crossovers);
    XYPlot plot = (XYPlot) chart.getPlot();
    assertThat(plot.getDomainAxis()).isInstanceOf(SymLogAxis.class);
    XYDataset lines = plot.getDataset(0);
    XYDataset rings = plot.getDataset(1);
    // Lines bend through intermediate points; markers stay on the swept points.
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    assertThat(lines.getItemCount(0)).isEqualTo(5 * SweepLines.STEPS + 1);
    assertThat(renderer.getItemShapeVisible(0, 0)).isTrue();
    assertThat(renderer.getItemShapeVisible(0, 1)).isFalse();
    assertThat(renderer.getItemShapeVisible(0, SweepLines.STEPS)).isTrue();
    assertThat(renderer.getSeriesShape(0)).isNotEqualTo(renderer.getSeriesShape(1));
    for (int c = 0; c < crossovers.crossovers().size(); c++) {
      Crossover crossover = crossovers.crossovers().get(c);
      double x = rings.getXValue(0, c);
      double y = rings.getYValue(0, c);
      // The ring is on a line when the line passes through it within 0.2% of the x-axis' span.
      double xSpan = plot.getDomainAxis().getRange().getLength();
      for (String platform : List.of(crossover.from(), crossover.to())) {
        int series = result.platforms().indexOf(platform);
        double[] drawn = drawnAt(lines, series, x);
        assertThat(drawn[0])
            .as("%s's line under the ring at %s", platform, crossover.at())
            .isCloseTo(y, within(Math.abs(drawn[1]) * xSpan * 0.002 + 1e-9));
      }
    }
  }

  /** Returns the height and slope of a series' drawn line at x: straight between its items. */
  private static double[] drawnAt(XYDataset data, int series, double x) {
    for (int i = 0; i + 1 < data.getItemCount(series); i++) {
      double x0 = data.getXValue(series, i);
      double x1 = data.getXValue(series, i + 1);
      if (x >= x0 && x <= x1) {
        double y0 = data.getYValue(series, i);
        double y1 = data.getYValue(series, i + 1);
        double slope = (y1 - y0) / (x1 - x0);
        return new double[] {y0 + slope * (x - x0), slope};
      }
    }
    throw new AssertionError("x " + x + " is off the line");
  }

  @Test
  void costLatency_drawnForAPlatformsOwnSetting_withItsChoicesMarkedOnBothPanels()
      throws Exception {
    assertThat(SweepChart.renderAll(sweep("wait=0ms,200ms")))
        .extracting(ChartImage::name)
        .containsExactly("cost");

    SweepResult result = sweep("memory=256MB,1024MB,1769MB,3008MB");
    assertThat(SweepChart.renderAll(result))
        .extracting(ChartImage::name)
        .containsExactly("cost", "cost-latency");
    Tuning tuning = Tuning.of(result);
    BestSetting best = tuning.best().get(0);
    JFreeChart chart = SweepTuningChart.create(result, tuning);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    assertThat(plot.getSubplots()).hasSize(2);
    for (XYPlot panel : plot.getSubplots()) {
      assertThat(panel.getDataset(0).getSeriesCount()).isEqualTo(1); // the lambda only
      XYDataset marks = panel.getDataset(1);
      assertThat(marks.getSeriesKey(0)).isEqualTo("cheapest");
      assertThat(marks.getXValue(0, 0)).isEqualTo(xOf(result, best.cheapest()));
      assertThat(marks.getXValue(1, 0)).isEqualTo(xOf(result, best.fastest()));
      assertThat(marks.getXValue(2, 0)).isEqualTo(xOf(result, best.balanced()));
    }
    // One legend entry per platform and per choice: the lower panel adds none.
    assertThat(plot.getLegendItems().getItemCount()).isEqualTo(4);
  }

  @Test
  void costLatency_twoArchitecturesOfOneLatency_differentLooks_captionNamesThePanel()
      throws Exception {
    String twoArchitectures =
        SCENARIO
            .replace("name: sweep-charts", "name: two-architectures")
            .replace(
                "  - {name: lambda, model: lambda, memory: \"${memory}\"}",
                "  - {name: lambda-x86, model: lambda, memory: \"${memory}\"}\n"
                    + "  - {name: lambda-arm64, model: lambda, memory: \"${memory}\","
                    + " arch: arm64}");
    SweepResult result = sweep(twoArchitectures, "memory=512MB,1024MB,1769MB", Map.of());
    assertThat(result.platforms()).containsExactly("workers", "lambda-x86", "lambda-arm64");
    JFreeChart chart = SweepTuningChart.create(result, Tuning.of(result));
    assertThat(((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText())
        .isEqualTo("lambda-x86 and lambda-arm64 coincide in p99 latency");
    for (XYPlot panel : ((CombinedDomainXYPlot) chart.getPlot()).getSubplots()) {
      XYItemRenderer renderer = panel.getRenderer();
      for (int s = 0; s < 2; s++) {
        // The same looks as in every other chart: by the platform's index, 1 and 2.
        assertThat(renderer.getSeriesPaint(s)).isEqualTo(Palette.platformColour(s + 1));
        assertThat(renderer.getSeriesStroke(s)).isEqualTo(Palette.platformStroke(s + 1));
      }
      assertThat(renderer.getSeriesStroke(0)).isNotEqualTo(renderer.getSeriesStroke(1));
    }
    JFreeChart cost = SweepCostChart.create(result, Crossovers.of(result));
    assertThat(cost.getSubtitleCount()).as("legend and subtitle: no lines coincide").isEqualTo(2);
  }

  private static double xOf(SweepResult result, dev.billsim.sweep.SweepRow row) {
    return result.axes().get(0).number(row.point().index()).doubleValue();
  }
}
