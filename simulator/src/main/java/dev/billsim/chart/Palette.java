package dev.billsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Assigns the looks of every platform and line item, the one place that does: a platform's colour,
 * dash pattern and marker follow its index in the scenario, so it looks the same in every chart of
 * a report; a line item's colour follows its index in order of first appearance.
 */
final class Palette {
  /**
   * One colour per platform: the Okabe-Ito palette, told apart by people with any common colour
   * vision deficiency, less its yellow (too pale on white), then a brown.
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
   * Dash patterns, in pixels on and off, one per platform: solid, dashed, dotted, dash-dot and long
   * dashes. Five against eight colours: the pair repeats only after 40 platforms, and lines that
   * coincide still show both colours through each other's gaps.
   */
  private static final float[][] DASHES = {
    null, {8f, 4f}, {2f, 3f}, {9f, 3f, 2f, 3f}, {16f, 5f},
  };

  /** Marker shapes, one per platform, about 8 pixels across: six against eight colours. */
  private static final Shape[] SHAPES = {
    new Ellipse2D.Double(-4, -4, 8, 8),
    new Rectangle2D.Double(-3.5, -3.5, 7, 7),
    triangle(4.5, true),
    diamond(4.5),
    triangle(4.5, false),
    new Rectangle2D.Double(-4.5, -2, 9, 4),
  };

  /**
   * Colours for line items, which can be many more than platforms: Tableau 10, then the lighter
   * partner of each (together Tableau 20), so the first ten items differ in hue and the next ten in
   * hue and lightness; past 20 items colours repeat.
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

  /** The width of a platform's line, in pixels. */
  static final float LINE_WIDTH_PX = 2f;

  private Palette() {}

  /** Returns the colour of the platform at {@code index} in the scenario's order. */
  static Color platformColour(int index) {
    return PLATFORM_COLOURS[index % PLATFORM_COLOURS.length];
  }

  /** Returns the line of the platform at {@code index}: its width and dash pattern. */
  static BasicStroke platformStroke(int index) {
    float[] dash = DASHES[index % DASHES.length];
    // Butt caps: round ones would swell the dots of a dotted line into a solid one.
    return dash == null
        ? new BasicStroke(LINE_WIDTH_PX, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
        : new BasicStroke(
            LINE_WIDTH_PX, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** Returns the marker of the platform at {@code index}, centred on the point it marks. */
  static Shape platformShape(int index) {
    return SHAPES[index % SHAPES.length];
  }

  /** Returns the colour of the line item at {@code index} in order of first appearance. */
  static Color itemColour(int index) {
    return ITEM_COLOURS[index % ITEM_COLOURS.length];
  }

  /** Returns how many line items get colours of their own before the colours repeat. */
  static int itemColours() {
    return ITEM_COLOURS.length;
  }

  /** Mixes a colour with white: {@code strength} 1 keeps it, 0 is white. */
  static Color tint(Color colour, double strength) {
    return new Color(
        mix(colour.getRed(), strength),
        mix(colour.getGreen(), strength),
        mix(colour.getBlue(), strength));
  }

  private static int mix(int channel, double strength) {
    return (int) Math.round(255 - (255 - channel) * strength);
  }

  private static Shape triangle(double size, boolean up) {
    double tip = up ? -size : size;
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, tip);
    path.lineTo(size, -tip * 0.75);
    path.lineTo(-size, -tip * 0.75);
    path.closePath();
    return path;
  }

  private static Shape diamond(double size) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -size);
    path.lineTo(size, 0);
    path.lineTo(0, size);
    path.lineTo(-size, 0);
    path.closePath();
    return path;
  }
}
