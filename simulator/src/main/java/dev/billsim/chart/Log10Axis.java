package dev.billsim.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Builds a log scale as a plain axis over base-10 logarithms, its ticks labelled with the values
 * themselves ({@code 100}, not {@code 2}). Data drawn on it are passed through {@link #of}.
 *
 * <p>Not JFreeChart's {@code LogAxis}: that one draws its tick labels as attributed strings, which
 * an SVG gets as glyph outlines (large, and not text); these labels are plain strings.
 */
final class Log10Axis {
  /** The least value drawn: a log scale has no zero. */
  static final double MIN_VALUE = 1e-9;

  private Log10Axis() {}

  /** Returns the position of a value on the axis: its base-10 logarithm. */
  static double of(double value) {
    return StrictMath.log10(Math.max(MIN_VALUE, value));
  }

  /** Creates the axis; ticks fall on whole decades, or on finer steps for a short span. */
  static NumberAxis create(String label, int decimals) {
    NumberAxis axis = new NumberAxis(label);
    NumberFormat format = new PowerFormat(decimals);
    TickUnits units = new TickUnits();
    // Half decades (1, 3.16, 10), whole decades, then several decades per tick.
    for (double step : new double[] {0.5, 1, 2, 3, 5, 10}) {
      units.add(new NumberTickUnit(step, format));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /** Formats a logarithm as the value it stands for, with three significant digits at most. */
  private static final class PowerFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final NumberFormat plain;

    PowerFormat(int decimals) {
      this.plain = ChartTheme.numbers(decimals);
    }

    @Override
    public StringBuffer format(double log, StringBuffer to, FieldPosition position) {
      double value = StrictMath.pow(10, log);
      double rounded =
          new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
      return to.append(plain.format(rounded));
    }

    @Override
    public StringBuffer format(long log, StringBuffer to, FieldPosition position) {
      return format((double) log, to, position);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("labels only: " + Locale.ROOT);
    }
  }
}
