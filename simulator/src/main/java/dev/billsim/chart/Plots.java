package dev.billsim.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the parts the charts share: XY plots with one line per platform in its {@link Palette}
 * looks, captions naming lines that coincide, and axes.
 */
final class Plots {
  /** Times a value axis spans before money is drawn on a log scale. */
  static final double LOG_RATIO = 50;

  private Plots() {}

  /**
   * Creates a chart of lines, one per series, each in its platform's looks, with a caption naming
   * the lines that coincide.
   *
   * @param platformIndex for each series, the index of its platform in the scenario
   */
  static JFreeChart lines(
      String title,
      String subtitle,
      ValueAxis x,
      ValueAxis y,
      XYSeriesCollection data,
      List<Integer> platformIndex,
      boolean shapes) {
    return lines(title, subtitle, x, y, data, platformIndex, shapes ? 1 : 0);
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
      List<Integer> platformIndex,
      int shapeEvery) {
    JFreeChart chart = chart(title, subtitle, plot(x, y, data, platformIndex, shapeEvery));
    caption(chart, CoincidingLines.caption(CoincidingLines.groups(data), ""));
    return chart;
  }

  /** Creates the plot of {@link #lines}, for charts of several plots. */
  static XYPlot plot(
      ValueAxis x,
      ValueAxis y,
      XYSeriesCollection data,
      List<Integer> platformIndex,
      int shapeEvery) {
    XYLineAndShapeRenderer renderer = new EveryNthShape(shapeEvery);
    ChartTheme.keepSeriesLooks(renderer);
    // One path per series, not one element per segment: SVG files a fraction of the size, and a
    // dash pattern runs on along the line instead of starting again at every point.
    renderer.setDrawSeriesLineAsPath(true);
    // Long enough in the legend to show a whole dash pattern.
    renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
    for (int s = 0; s < data.getSeriesCount(); s++) {
      int platform = platformIndex.get(s);
      renderer.setSeriesPaint(s, Palette.platformColour(platform));
      renderer.setSeriesStroke(s, Palette.platformStroke(platform));
      renderer.setSeriesShape(s, Palette.platformShape(platform));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    // The first platform's line (solid) first, the dashed ones over it: where lines coincide, the
    // lower ones show through the gaps of the upper ones.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
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
    caption(chart, subtitle);
    plot.setNoDataMessage("nothing to show");
    plot.setNoDataMessageFont(ChartTheme.font(14, false));
    return chart;
  }

  /** Adds a line of text under the chart's title and the lines added before; none for no text. */
  static void caption(JFreeChart chart, String text) {
    if (!text.isEmpty()) {
      TextTitle caption = new TextTitle(text, ChartTheme.font(12, false));
      caption.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(caption);
    }
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
