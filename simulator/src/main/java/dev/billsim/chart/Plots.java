package dev.billsim.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds the parts the charts share: XY plots with one coloured line per platform, and axes. */
final class Plots {
  /** Times a value axis spans before money is drawn on a log scale. */
  static final double LOG_RATIO = 50;

  private Plots() {}

  /**
   * Creates a chart of lines, one per series, coloured by each series' platform index.
   *
   * @param colourIndex for each series, the index of its platform in the scenario
   */
  static JFreeChart lines(
      String title,
      String subtitle,
      ValueAxis x,
      ValueAxis y,
      XYSeriesCollection data,
      List<Integer> colourIndex,
      boolean shapes) {
    return lines(title, subtitle, x, y, data, colourIndex, shapes ? 1 : 0);
  }

  /**
   * Creates a chart of lines with a marker on every {@code shapeEvery}-th item of each series (none
   * for 0): the swept points of lines drawn through intermediate points ({@link SweepLines}).
   */
  static JFreeChart lines(
      String title,
      String subtitle,
      ValueAxis x,
      ValueAxis y,
      XYSeriesCollection data,
      List<Integer> colourIndex,
      int shapeEvery) {
    return chart(title, subtitle, plot(x, y, data, colourIndex, shapeEvery));
  }

  /** Creates the plot of {@link #lines}, for charts of several plots. */
  static XYPlot plot(
      ValueAxis x,
      ValueAxis y,
      XYSeriesCollection data,
      List<Integer> colourIndex,
      int shapeEvery) {
    XYLineAndShapeRenderer renderer = new EveryNthShape(shapeEvery);
    ChartTheme.keepSeriesLooks(renderer);
    // One path per series, not one element per segment: SVG files a fraction of the size.
    renderer.setDrawSeriesLineAsPath(true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, ChartTheme.platformColour(colourIndex.get(s)));
      renderer.setSeriesStroke(s, ChartTheme.LINE);
      renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    return plot;
  }

  /** Draws lines, with a marker on every n-th item only (none for n = 0). */
  private static final class EveryNthShape extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final int every;

    EveryNthShape(int every) {
      super(true, every > 0);
      this.every = every;
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
      return every > 0 && item % every == 0 && super.getItemShapeVisible(series, item);
    }
  }

  /** Wraps a plot in a themed chart with a title, a subtitle and a legend. */
  static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot) {
    // Rotated labels as plain strings, not text layouts: text in an SVG, not glyph outlines.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
    JFreeChart chart = new JFreeChart(title, ChartTheme.font(17, true), plot, true);
    ChartTheme.apply(chart);
    if (!subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, ChartTheme.font(12, false));
      sub.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(sub);
    }
    plot.setNoDataMessage("nothing to show");
    plot.setNoDataMessageFont(ChartTheme.font(14, false));
    return chart;
  }

  /** Returns a linear axis with plain numbers in {@link Locale#ROOT}. */
  static NumberAxis linear(String label, int decimals, boolean includeZero) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    axis.setNumberFormatOverride(ChartTheme.numbers(decimals));
    axis.setAutoRangeIncludesZero(includeZero);
    return axis;
  }

  /**
   * Returns whether monthly dollars are drawn on a log scale: when every value is above zero and
   * they span at least {@link #LOG_RATIO} times, so that a platform hundreds of times dearer does
   * not flatten the others.
   */
  static boolean logMoney(double min, double max) {
    return min > 0 && max / min >= LOG_RATIO;
  }

  /** Returns the axis for monthly dollars, log ({@link Log10Axis}) or linear from zero. */
  static ValueAxis money(String label, boolean log) {
    return log ? Log10Axis.create(label + ", log scale", 2) : linear(label, 2, true);
  }
}
