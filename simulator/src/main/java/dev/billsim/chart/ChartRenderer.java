package dev.billsim.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * Draws a chart as PNG and as SVG, the same bytes every time: fixed size and font, explicit
 * rendering hints, no timestamps (ImageIO's PNG writer adds none), and SVG ids prefixed with the
 * chart's name instead of JFreeSVG's default (a clock reading), which also keeps them unique when
 * several charts are inlined in one page. The SVG has a viewBox, so it scales to any width.
 */
public final class ChartRenderer {
  private ChartRenderer() {}

  /** Renders a chart under a file name and a title. */
  public static ChartImage render(String name, String title, JFreeChart chart) {
    return new ChartImage(name, title, png(chart), svg(name, chart));
  }

  private static byte[] png(JFreeChart chart) {
    BufferedImage image =
        new BufferedImage(ChartTheme.WIDTH, ChartTheme.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      chart.draw(g, new Rectangle2D.Double(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  private static String svg(String name, JFreeChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(ChartTheme.WIDTH, ChartTheme.HEIGHT);
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
    hints(g);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT));
    // The viewBox lets a page scale the chart to its width (CSS max-width) without cutting it off;
    // width and height stay as the size it opens at by itself.
    ViewBox canvas = new ViewBox(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
    return g.getSVGElement("chart-" + name, true, canvas, null, null) + "\n";
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }
}
