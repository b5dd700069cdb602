package dev.billsim.chart;

import dev.billsim.sweep.SweepRow;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.data.xy.XYSeries;

/**
 * Builds one platform's line along a sweep. Where the chart's scales are not those the sweep's
 * findings interpolate in (a log or symmetric-log x for values spread evenly, a log y for money
 * interpolated linearly), each segment is drawn through {@link #STEPS} intermediate points, so the
 * line bends as the interpolation does and a crossover's ring sits where two lines cross; markers
 * stay on the swept points.
 */
final class SweepLines {
  /** Segments per interval between two swept points, when lines bend. */
  static final int STEPS = 16;

  private final SweepXAxis x;
  private final boolean logY;

  SweepLines(SweepXAxis x, boolean logY) {
    this.x = x;
    this.logY = logY;
  }

  /** Returns every how many items a marker is drawn: 1, or {@link #STEPS} when lines bend. */
  int shapeEvery() {
    return bends() ? STEPS : 1;
  }

  /** Creates a series from a platform's rows in point order, reading y from each row. */
  XYSeries series(String name, List<SweepRow> rows, ToDoubleFunction<SweepRow> y) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < rows.size(); i++) {
      int point = rows.get(i).point().index();
      double value = y.applyAsDouble(rows.get(i));
      series.add(x.x(point), y(value));
      if (bends() && i + 1 < rows.size()) {
        int next = rows.get(i + 1).point().index();
        double nextValue = y.applyAsDouble(rows.get(i + 1));
        for (int step = 1; step < STEPS; step++) {
          double fraction = step / (double) STEPS;
          series.add(x.xBetween(point, next, fraction), y(value + (nextValue - value) * fraction));
        }
      }
    }
    return series;
  }

  private boolean bends() {
    return x.bends() || logY;
  }

  private double y(double value) {
    return logY ? Log10Axis.of(value) : value;
  }
}
