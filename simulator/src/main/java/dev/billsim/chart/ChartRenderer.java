package dev.billsim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * Draws a chart as PNG and as SVG, the same bytes every time: a size fixed by the chart's content,
 * one font, explicit rendering hints, no timestamps ({@link PngEncoder} writes none), and SVG ids
 * prefixed with the chart's name instead of JFreeSVG's default (a clock reading), which also keeps
 * them unique when several charts are inlined in one page. The SVG has a viewBox, so it scales to
 * any width.
 */
public final class ChartRenderer {
  private ChartRenderer() {}

  /** Renders a chart of the usual size, {@link ChartTheme#WIDTH} by {@link ChartTheme#HEIGHT}. */
  public static ChartImage render(String name, String title, JFreeChart chart) {
    return render(name, title, chart, ChartTheme.HEIGHT);
  }

  /** Renders a chart {@link ChartTheme#WIDTH} wide and {@code heightPx} high. */
  public static ChartImage render(String name, String title, JFreeChart chart, int heightPx) {
    return new ChartImage(name, title, png(chart, heightPx), svg(name, chart, heightPx));
  }

  private static byte[] png(JFreeChart chart, int heightPx) {
    BufferedImage image = new BufferedImage(ChartTheme.WIDTH, heightPx, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartTheme.hints(g);
      chart.draw(g, new Rectangle2D.Double(0, 0, ChartTheme.WIDTH, heightPx));
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  private static String svg(String name, JFreeChart chart, int heightPx) {
    SVGGraphics2D g = new SVGGraphics2D(ChartTheme.WIDTH, heightPx);
    g.setDefsKeyPrefix(name + "-");
    // Two decimals of a pixel are more than a screen shows, and keep the files a third the size.
    g.setGeomDoubleConverter(new DoubleConverter(2));
    g.setTransformDoubleConverter(new DoubleConverter(4));
    // Text as text, not as glyph outlines: smaller, selectable, and searchable in the page.
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    // Name the bundled font first, then fall back to the reader's sans-serif.
    g.setFontFunction(
        family ->
            family.equals(ChartTheme.FONT_FAMILY)
                ? "\"" + ChartTheme.FONT_FAMILY + "\", Verdana, sans-serif"
                : family);
    ChartTheme.hints(g);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartTheme.WIDTH, heightPx));
    // The viewBox lets a page scale the chart to its width (CSS max-width) without cutting it off;
    // width and height stay as the size it opens at by itself.
    ViewBox canvas = new ViewBox(0, 0, ChartTheme.WIDTH, heightPx);
    return g.getSVGElement("chart-" + name, true, canvas, null, null) + "\n";
  }
}
