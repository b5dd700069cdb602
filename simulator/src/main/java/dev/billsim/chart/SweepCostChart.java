package dev.billsim.chart;

import dev.billsim.sweep.Crossover;
import dev.billsim.sweep.Crossovers;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a line sweep's monthly bills against the swept value, one line per platform, with each
 * crossover marked by a ring where the two lines meet.
 */
final class SweepCostChart {
  private SweepCostChart() {}

  /** Creates the chart of a line sweep. */
  static JFreeChart create(SweepResult result, Crossovers crossovers) {
    SweepXAxis x = SweepXAxis.of(result.axes().get(0));
    List<String> platforms = result.platforms();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (SweepRow row : result.rows()) {
      min = Math.min(min, row.meanTotalUsd().doubleValue());
      max = Math.max(max, row.meanTotalUsd().doubleValue());
    }
    boolean logY = Plots.logMoney(min, max);
    SweepLines lines = new SweepLines(x, logY);
    List<Integer> colours = new ArrayList<>();
    XYSeriesCollection data = new XYSeriesCollection();
    for (int p = 0; p < platforms.size(); p++) {
      data.addSeries(
          lines.series(
              platforms.get(p),
              result.rowsOf(platforms.get(p)),
              row -> row.meanTotalUsd().doubleValue()));
      colours.add(p);
    }
    ValueAxis y = Plots.money("USD per month", logY);
    String subtitle =
        result.rows().get(0).scenario().name()
            + ": "
            + result.axes().get(0).values().size()
            + " points, seed "
            + result.rows().get(0).scenario().seed()
            + (crossovers.crossovers().isEmpty()
                ? "; the cheapest platform never changes"
                : "; rings mark where the cheapest platform changes");
    JFreeChart chart =
        Plots.lines(
            "Monthly bill by " + result.axes().get(0).name(),
            subtitle,
            x.create(),
            y,
            data,
            colours,
            lines.shapeEvery());
    if (x.numeric() && !crossovers.crossovers().isEmpty()) {
      markCrossovers((XYPlot) chart.getPlot(), crossovers, x, logY);
    }
    return chart;
  }

  /** Adds the crossovers as a second dataset drawn as rings only, named once in the legend. */
  private static void markCrossovers(
      XYPlot plot, Crossovers crossovers, SweepXAxis x, boolean logY) {
    XYSeries rings = new XYSeries("crossover", false, true);
    for (Crossover crossover : crossovers.crossovers()) {
      double usd = crossover.usd().doubleValue();
      rings.add(x.at(crossover.at()), logY ? Log10Axis.of(usd) : usd);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    ChartTheme.keepSeriesLooks(renderer);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
    renderer.setSeriesShapesFilled(0, false);
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, Color.BLACK);
    renderer.setSeriesOutlineStroke(0, new BasicStroke(2f));
    renderer.setSeriesPaint(0, Color.BLACK);
    plot.setDataset(1, new XYSeriesCollection(rings));
    plot.setRenderer(1, renderer);
  }
}
