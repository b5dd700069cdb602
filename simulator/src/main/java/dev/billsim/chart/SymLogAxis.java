package dev.billsim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws a symmetric-log scale: a value v sits at log10(1 + v / c), linear near zero (below about c)
 * and logarithmic above, so that 0 and values spread over decades are all seen. Data drawn on it
 * are passed through {@link #of}; ticks fall at 0 and at 1, 2 and 5 times the powers of ten, as
 * many as fit.
 *
 * <p>Like {@link Log10Axis}, a plain number axis over transformed values, its labels plain strings
 * so that an SVG gets them as text.
 */
final class SymLogAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  /** The least distance between two ticks, as a share of the axis' span. */
  private static final double MIN_TICK_GAP = 0.07;

  private final double linearBelow;
  private final transient NumberFormat format;

  /**
   * Creates the axis.
   *
   * @param linearBelow c: the scale is nearly linear from 0 to about this value
   */
  SymLogAxis(String label, double linearBelow, int decimals) {
    super(label);
    if (!(linearBelow > 0)) {
      throw new IllegalArgumentException("the linear part needs a width above zero");
    }
    this.linearBelow = linearBelow;
    this.format = ChartTheme.numbers(decimals);
    setAutoRangeIncludesZero(false);
  }

  /** Returns the position of a value on this axis. */
  double of(double value) {
    return position(value, linearBelow);
  }

  /** Returns the position of a value on a symmetric-log axis whose linear part is that wide. */
  static double position(double value, double linearBelow) {
    return Math.signum(value) * StrictMath.log10(1 + Math.abs(value) / linearBelow);
  }

  /** Returns the value at a position: the inverse of {@link #of}. */
  double valueAt(double position) {
    return Math.signum(position) * (StrictMath.pow(10, Math.abs(position)) - 1) * linearBelow;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    double low = getLowerBound();
    double high = getUpperBound();
    double gap = (high - low) * MIN_TICK_GAP;
    List<Double> kept = new ArrayList<>();
    // Zero and the powers of ten first, then 2 and 5 times them where they leave room.
    for (int multiplier : new int[] {1, 2, 5}) {
      for (double value : candidates(multiplier)) {
        double at = of(value);
        if (at >= low && at <= high && kept.stream().allMatch(k -> Math.abs(of(k) - at) >= gap)) {
          kept.add(value);
        }
      }
    }
    kept.sort(Double::compare);
    boolean vertical = RectangleEdge.isLeftOrRight(edge);
    List<NumberTick> ticks = new ArrayList<>();
    for (double value : kept) {
      ticks.add(
          new NumberTick(
              of(value),
              format.format(value),
              vertical ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER,
              TextAnchor.CENTER,
              0.0));
    }
    return ticks;
  }

  /** Returns 0 (for the multiplier 1) and the multiplier times each power of ten in range. */
  private List<Double> candidates(int multiplier) {
    List<Double> values = new ArrayList<>();
    if (multiplier == 1) {
      values.add(0.0);
    }
    double top = Math.max(Math.abs(valueAt(getLowerBound())), Math.abs(valueAt(getUpperBound())));
    int first = (int) Math.floor(Math.log10(linearBelow)) - 1;
    int last = (int) Math.ceil(Math.log10(Math.max(top, linearBelow)));
    for (int power = first; power <= last; power++) {
      double value = multiplier * StrictMath.pow(10, power);
      values.add(value);
      if (getLowerBound() < 0) {
        values.add(-value);
      }
    }
    return values;
  }
}
