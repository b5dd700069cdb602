package dev.billsim.chart;

import dev.billsim.sweep.Axis;
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
import org.jfree.chart.axis.SymbolAxis;
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
    Axis axis = result.axes().get(0);
    boolean numeric = axis.kind().isQuantity();
    AxisUnit unit = numeric ? AxisUnit.of(axis) : null;
    XYSeriesCollection data = new XYSeriesCollection();
    List<String> platforms = result.platforms();
    List<Integer> colours = new ArrayList<>();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (SweepRow row : result.rows()) {
      min = Math.min(min, row.meanTotalUsd().doubleValue());
      max = Math.max(max, row.meanTotalUsd().doubleValue());
    }
    Scale scale = new Scale(numeric ? unit : null, numeric && axis.log(), Plots.logMoney(min, max));
    for (int p = 0; p < platforms.size(); p++) {
      XYSeries series = new XYSeries(platforms.get(p), false, true);
      for (SweepRow row : result.rowsOf(platforms.get(p))) {
        int i = row.point().index();
        series.add(
            numeric ? scale.x(axis.number(i).doubleValue()) : i,
            scale.y(row.meanTotalUsd().doubleValue()));
      }
      data.addSeries(series);
      colours.add(p);
    }
    ValueAxis x;
    if (!numeric) {
      x = new SymbolAxis(axis.name(), axis.values().toArray(new String[0]));
    } else if (axis.log()) {
      x = Log10Axis.create(unit.label(axis.name()) + ", log scale", 3);
    } else {
      x = Plots.linear(unit.label(axis.name()), 3, false);
    }
    ValueAxis y = Plots.money("USD per month", scale.logY());
    String subtitle =
        result.rows().get(0).scenario().name()
            + ": "
            + axis.values().size()
            + " points, seed "
            + result.rows().get(0).scenario().seed()
            + (crossovers.crossovers().isEmpty()
                ? "; the cheapest platform never changes"
                : "; rings mark where the cheapest platform changes");
    JFreeChart chart =
        Plots.lines("Monthly bill by " + axis.name(), subtitle, x, y, data, colours, true);
    if (numeric && !crossovers.crossovers().isEmpty()) {
      markCrossovers((XYPlot) chart.getPlot(), crossovers, scale);
    }
    return chart;
  }

  /** Places values on the axes: the unit shown, and logarithms for log scales. */
  private record Scale(AxisUnit unit, boolean logX, boolean logY) {
    double x(double common) {
      double value = unit.convert(common);
      return logX ? Log10Axis.of(value) : value;
    }

    double y(double usd) {
      return logY ? Log10Axis.of(usd) : usd;
    }
  }

  /** Adds the crossovers as a second dataset drawn as rings only, named once in the legend. */
  private static void markCrossovers(XYPlot plot, Crossovers crossovers, Scale scale) {
    XYSeries rings = new XYSeries("crossover", false, true);
    for (Crossover crossover : crossovers.crossovers()) {
      rings.add(scale.x(crossover.at()), scale.y(crossover.usd().doubleValue()));
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
