package dev.billsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * Fixes how every chart looks: its size, one bundled font (DejaVu Sans, so text is measured and
 * drawn the same on every machine whatever fonts it has), plain backgrounds, and number formats in
 * {@link Locale#ROOT}. The colours of platforms and line items are {@link Palette}'s.
 */
public final class ChartTheme {
  /** The width of every chart, in pixels (PNG) or user units (SVG). */
  public static final int WIDTH = 900;

  /** The height of every chart but those whose panels set it ({@link #heightPx}). */
  public static final int HEIGHT = 500;

  /** The family name of the bundled font, as written into SVG. */
  static final String FONT_FAMILY = "DejaVu Sans";

  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x222222);

  private static final Font BASE = loadFont();

  private ChartTheme() {}

  /** Returns the bundled font at a size in points, plain or bold. */
  static Font font(float size, boolean bold) {
    return BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
  }

  /**
   * Returns the height of a chart whose plot needs {@code plotHeightPx}: that plus its titles and
   * legend, measured at the chart's width with the bundled font, so that a legend that wraps onto
   * more rows takes room from no panel.
   */
  static int heightPx(JFreeChart chart, double plotHeightPx) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scratch.createGraphics();
    try {
      hints(g);
      // As JFreeChart arranges titles when it draws: within the width and any height.
      double widthPx = WIDTH - chart.getPadding().getLeft() - chart.getPadding().getRight();
      RectangleConstraint width =
          new RectangleConstraint(new Range(0, widthPx), new Range(0, Integer.MAX_VALUE));
      double height = chart.getPadding().getTop() + chart.getPadding().getBottom() + plotHeightPx;
      if (chart.getTitle() != null) {
        height += chart.getTitle().arrange(g, width).getHeight();
      }
      for (int i = 0; i < chart.getSubtitleCount(); i++) {
        height += chart.getSubtitle(i).arrange(g, width).getHeight();
      }
      return (int) Math.ceil(height);
    } finally {
      g.dispose();
    }
  }

  /** Sets the rendering hints every chart is drawn (and measured) with. */
  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /** Returns a number format with thousands separators and up to {@code decimals} decimals. */
  static NumberFormat numbers(int decimals) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMaximumFractionDigits(decimals);
    return format;
  }

  /** Applies the fonts, colours and plain backgrounds to a chart, then its legend at the bottom. */
  static void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("billsim", false);
    theme.setExtraLargeFont(font(17, true));
    theme.setLargeFont(font(13, false));
    theme.setRegularFont(font(12, false));
    theme.setSmallFont(font(11, false));
    theme.setTitlePaint(TEXT);
    theme.setSubtitlePaint(TEXT);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(BlockBorder.NONE);
    }
  }

  /**
   * Stops the theme from replacing a renderer's series colours, strokes and shapes with its own:
   * {@link StandardChartTheme} clears them on renderers that populate them automatically.
   */
  static void keepSeriesLooks(AbstractRenderer renderer) {
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesStroke(false);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setAutoPopulateSeriesOutlinePaint(false);
  }

  private static Font loadFont() {
    try (InputStream in = ChartTheme.class.getResourceAsStream("DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("the bundled font DejaVuSans.ttf is missing");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the bundled font DejaVuSans.ttf is unreadable", e);
    }
  }
}
