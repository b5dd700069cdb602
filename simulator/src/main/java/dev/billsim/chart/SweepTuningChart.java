package dev.billsim.chart;

import dev.billsim.sweep.BestSetting;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import dev.billsim.sweep.Tuning;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a sweep of platforms' own setting as AWS Lambda Power Tuning does: the monthly bill above
 * and the latency figure below, against the setting on one shared axis, one line per tuned
 * platform, with its cheapest, fastest and balanced values marked on both.
 */
final class SweepTuningChart {
  private static final String[] CHOICES = {"cheapest", "fastest", "balanced"};

  private SweepTuningChart() {}

  /** Creates the chart of a line sweep whose axis is some platform's own setting. */
  static JFreeChart create(SweepResult result, Tuning tuning) {
    SweepXAxis x = SweepXAxis.of(result.axes().get(0));
    List<String> platforms = result.platforms();
    List<String> tuned = new ArrayList<>();
    for (BestSetting best : tuning.best()) {
      tuned.add(best.platform());
    }
    String figure = tuning.rule().latency().key();
    ToDoubleFunction<SweepRow> usd = row -> row.meanTotalUsd().doubleValue();
    ToDoubleFunction<SweepRow> ms = row -> Tuning.latencyNanos(row, tuning.rule().latency()) / 1e6;
    XYPlot cost = panel(result, tuning, platforms, tuned, x, usd, "USD per month", 2, true);
    XYPlot latency =
        panel(result, tuning, platforms, tuned, x, ms, figure + " latency (ms)", 1, false);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x.create());
    plot.setGap(12);
    plot.add(cost, 1);
    plot.add(latency, 1);
    String subtitle =
        result.rows().get(0).scenario().name()
            + ": balanced is "
            + tuning.rule().balancedRule()
            + "; markers on both panels";
    JFreeChart chart =
        Plots.chart(
            "Monthly bill and " + figure + " latency by " + result.axes().get(0).name(),
            subtitle,
            plot);
    Plots.caption(chart, coinciding(cost, latency, figure));
    return chart;
  }

  /**
   * Names the lines that coincide on both panels, then those that coincide on one panel only,
   * saying which.
   */
  private static String coinciding(XYPlot cost, XYPlot latency, String figure) {
    List<List<String>> inCost = CoincidingLines.groups(cost.getDataset(0));
    List<List<String>> inLatency = CoincidingLines.groups(latency.getDataset(0));
    List<List<String>> both = new ArrayList<>(inCost);
    both.retainAll(inLatency);
    List<List<String>> costOnly = new ArrayList<>(inCost);
    costOnly.removeAll(both);
    List<List<String>> latencyOnly = new ArrayList<>(inLatency);
    latencyOnly.removeAll(both);
    List<String> parts = new ArrayList<>();
    for (String part :
        List.of(
            CoincidingLines.caption(both, ""),
            CoincidingLines.caption(costOnly, " in the bill"),
            CoincidingLines.caption(latencyOnly, " in " + figure + " latency"))) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join("; ", parts);
  }

  /** Creates one panel: a line per tuned platform and the choices marked; in the legend or not. */
  private static XYPlot panel(
      SweepResult result,
      Tuning tuning,
      List<String> platforms,
      List<String> tuned,
      SweepXAxis x,
      ToDoubleFunction<SweepRow> y,
      String label,
      int decimals,
      boolean inLegend) {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String platform : tuned) {
      for (SweepRow row : result.rowsOf(platform)) {
        min = Math.min(min, y.applyAsDouble(row));
        max = Math.max(max, y.applyAsDouble(row));
      }
    }
    boolean log = Plots.logMoney(min, max);
    SweepLines lines = new SweepLines(x, log);
    XYSeriesCollection data = new XYSeriesCollection();
    List<Integer> colours = new ArrayList<>();
    for (String platform : tuned) {
      data.addSeries(lines.series(platform, result.rowsOf(platform), y));
      colours.add(platforms.indexOf(platform));
    }
    ValueAxis axis =
        log
            ? Log10Axis.create(label + ", log scale", decimals)
            : Plots.linear(label, decimals, true);
    XYPlot plot = Plots.plot(null, axis, data, colours, lines.shapeEvery());
    plot.getRenderer().setDefaultSeriesVisibleInLegend(inLegend);
    XYSeriesCollection marks = new XYSeriesCollection();
    for (String choice : CHOICES) {
      XYSeries series = new XYSeries(choice, false, true);
      for (BestSetting best : tuning.best()) {
        SweepRow row = choice(best, choice);
        if (row != null) {
          double value = y.applyAsDouble(row);
          series.add(x.x(row.point().index()), log ? Log10Axis.of(value) : value);
        }
      }
      marks.addSeries(series);
    }
    plot.setDataset(1, marks);
    plot.setRenderer(1, markRenderer(inLegend));
    return plot;
  }

  private static SweepRow choice(BestSetting best, String choice) {
    return switch (choice) {
      case "cheapest" -> best.cheapest();
      case "fastest" -> best.fastest();
      default -> best.balanced();
    };
  }

  /** Draws the choices as black outlines: a square, a triangle and a ring. */
  private static XYLineAndShapeRenderer markRenderer(boolean inLegend) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    ChartTheme.keepSeriesLooks(renderer);
    Shape[] shapes = {new Rectangle2D.Double(-6, -6, 12, 12), triangle(8), ring(9)};
    for (int s = 0; s < shapes.length; s++) {
      renderer.setSeriesShape(s, shapes[s]);
      renderer.setSeriesShapesFilled(s, false);
      renderer.setSeriesPaint(s, Color.BLACK);
      renderer.setSeriesOutlinePaint(s, Color.BLACK);
      renderer.setSeriesOutlineStroke(s, new BasicStroke(2f));
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultSeriesVisibleInLegend(inLegend);
    return renderer;
  }

  private static Shape triangle(double size) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -size);
    path.lineTo(size, size * 0.75);
    path.lineTo(-size, size * 0.75);
    path.closePath();
    return path;
  }

  private static Shape ring(double radius) {
    return new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
  }
}
