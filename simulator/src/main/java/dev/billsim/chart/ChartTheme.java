package dev.billsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
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
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Fixes how every chart looks: its size, one bundled font (DejaVu Sans, so text is measured and
 * drawn the same on every machine whatever fonts it has), colours, and number formats in {@link
 * Locale#ROOT}.
 */
public final class ChartTheme {
  /** The width of every chart, in pixels (PNG) or user units (SVG). */
  public static final int WIDTH = 900;

  /** The height of every chart. */
  public static final int HEIGHT = 500;

  /** The family name of the bundled font, as written into SVG. */
  static final String FONT_FAMILY = "DejaVu Sans";

  /**
   * One colour per platform, in the scenario's order (then round again): the Okabe-Ito palette,
   * told apart by people with any common colour vision deficiency, less its yellow, too pale on
   * white.
   */
  private static final Color[] PLATFORM_COLOURS = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xE69F00),
    new Color(0x000000),
    new Color(0x8C564B),
  };

  /**
   * Colours for line items, which can be many more than platforms: a 20-colour qualitative palette
   * (strong and light pairs), so that items on one chart rarely share a colour.
   */
  private static final Color[] ITEM_COLOURS = {
    new Color(0x1F77B4),
    new Color(0xFF7F0E),
    new Color(0x2CA02C),
    new Color(0xD62728),
    new Color(0x9467BD),
    new Color(0x8C564B),
    new Color(0xE377C2),
    new Color(0x7F7F7F),
    new Color(0xBCBD22),
    new Color(0x17BECF),
    new Color(0xAEC7E8),
    new Color(0xFFBB78),
    new Color(0x98DF8A),
    new Color(0xFF9896),
    new Color(0xC5B0D5),
    new Color(0xC49C94),
    new Color(0xF7B6D2),
    new Color(0xC7C7C7),
    new Color(0xDBDB8D),
    new Color(0x9EDAE5),
  };

  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x222222);
  static final BasicStroke LINE = new BasicStroke(2.0f);

  private static final Font BASE = loadFont();

  private ChartTheme() {}

  /** Returns the bundled font at a size in points, plain or bold. */
  static Font font(float size, boolean bold) {
    return BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
  }

  /** Returns the colour of the platform at {@code index} in the scenario's order. */
  public static Color platformColour(int index) {
    return PLATFORM_COLOURS[index % PLATFORM_COLOURS.length];
  }

  /** Returns the colour of the line item at {@code index} in order of first appearance. */
  static Paint itemColour(int index) {
    return ITEM_COLOURS[index % ITEM_COLOURS.length];
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
