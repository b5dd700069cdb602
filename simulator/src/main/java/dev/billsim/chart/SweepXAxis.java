package dev.billsim.chart;

import dev.billsim.sweep.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * Chooses how a sweep's charts draw the swept value: text as named places; numbers on a linear
 * scale, or on a log scale when they span {@link #SPAN_FOR_LOG} times or more (a log range always),
 * or on a symmetric-log scale when such a span starts at 0, so that every point and crossover can
 * be seen however the values are spread.
 */
final class SweepXAxis {
  /** Times the positive values span before they are drawn on a log scale. */
  static final double SPAN_FOR_LOG = 50;

  private enum Scale {
    TEXT,
    LINEAR,
    LOG,
    SYMLOG
  }

  private final Axis axis;
  private final AxisUnit unit;
  private final Scale scale;
  private final double linearBelow;

  private SweepXAxis(Axis axis, AxisUnit unit, Scale scale, double linearBelow) {
    this.axis = axis;
    this.unit = unit;
    this.scale = scale;
    this.linearBelow = linearBelow;
  }

  /** Chooses the scale for a sweep's axis. */
  static SweepXAxis of(Axis axis) {
    if (!axis.kind().isQuantity()) {
      return new SweepXAxis(axis, null, Scale.TEXT, 0);
    }
    AxisUnit unit = AxisUnit.of(axis);
    double minPositive = Double.MAX_VALUE;
    double max = 0;
    boolean zeroOrLess = false;
    for (int i = 0; i < axis.values().size(); i++) {
      double value = unit.convert(axis.number(i).doubleValue());
      if (value > 0) {
        minPositive = Math.min(minPositive, value);
      } else {
        zeroOrLess = true;
      }
      max = Math.max(max, Math.abs(value));
    }
    boolean wide = max > 0 && minPositive < Double.MAX_VALUE && max / minPositive >= SPAN_FOR_LOG;
    if (axis.log() || (wide && !zeroOrLess)) {
      return new SweepXAxis(axis, unit, Scale.LOG, 0);
    }
    if (wide) {
      // Linear up to the smallest value above zero, logarithmic past it.
      return new SweepXAxis(axis, unit, Scale.SYMLOG, minPositive);
    }
    return new SweepXAxis(axis, unit, Scale.LINEAR, 0);
  }

  /** Returns whether the values are numbers, drawn at their value rather than their place. */
  boolean numeric() {
    return scale != Scale.TEXT;
  }

  /**
   * Returns whether a straight line between two points on the chart is not the line the sweep's
   * crossovers interpolate along: on a log or symmetric-log scale for values that were not a log
   * range. Such lines are drawn through intermediate points, so that they bend as the interpolation
   * does and rings sit where the lines cross.
   */
  boolean bends() {
    return (scale == Scale.LOG && !axis.log()) || scale == Scale.SYMLOG;
  }

  /** Returns the position on the chart of point {@code index}: its value, or its place for text. */
  double x(int index) {
    return numeric() ? at(axis.number(index).doubleValue()) : index;
  }

  /**
   * Returns the position on the chart of the value a share {@code fraction} of the way from point
   * {@code from} to point {@code to}, as the sweep's crossovers interpolate: in the logarithm of
   * the value for a log range, else in the value (or the place, for text).
   */
  double xBetween(int from, int to, double fraction) {
    if (!numeric()) {
      return from + (to - from) * fraction;
    }
    double a = axis.number(from).doubleValue();
    double b = axis.number(to).doubleValue();
    double value =
        axis.log()
            ? Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * fraction)
            : a + (b - a) * fraction;
    return at(value);
  }

  /** Returns the position on the chart of a value in the axis' common unit. */
  double at(double common) {
    double value = unit.convert(common);
    return switch (scale) {
      case LOG -> Log10Axis.of(value);
      case SYMLOG -> SymLogAxis.position(value, linearBelow);
      case LINEAR, TEXT -> value;
    };
  }

  /** Creates the chart axis: a new one at each call, as a chart owns its axes. */
  ValueAxis create() {
    return switch (scale) {
      case TEXT -> new SymbolAxis(axis.name(), axis.values().toArray(new String[0]));
      case LOG -> Log10Axis.create(unit.label(axis.name()) + ", log scale", 3);
      case SYMLOG ->
          new SymLogAxis(
              unit.label(axis.name())
                  + ", symmetric log scale (linear below "
                  + unit.format(linearBelow / unit.perCommonUnit())
                  + ")",
              linearBelow,
              3);
      case LINEAR -> Plots.linear(unit.label(axis.name()), 3, false);
    };
  }
}
