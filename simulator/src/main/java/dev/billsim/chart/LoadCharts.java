package dev.billsim.chart;

import dev.billsim.meter.TimeSeries;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws levels over simulated time, one step line per platform: requests in flight, and instances
 * (or execution environments) alive, each a time-average per bucket of the run's {@link
 * TimeSeries}.
 */
final class LoadCharts {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
  private static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

  private LoadCharts() {}

  /** Creates the chart of requests in flight. */
  static JFreeChart concurrency(RunResult result) {
    return steps(
        result,
        "Requests in flight over time",
        "requests in flight (mean per bucket)",
        TimeSeries::meanInFlight,
        false);
  }

  /** Creates the chart of instances alive; platforms without instances (Workers) are left out. */
  static JFreeChart instances(RunResult result) {
    return steps(
        result,
        "Instances over time",
        "instances alive (mean per bucket)",
        TimeSeries::meanInstances,
        true);
  }

  private static JFreeChart steps(
      RunResult result,
      String title,
      String yLabel,
      BiFunction<TimeSeries, Integer, Double> level,
      boolean skipEmpty) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Integer> colours = new ArrayList<>();
    long horizon = result.scenario().workload().horizonNanos();
    long unit = horizon <= 3 * NANOS_PER_HOUR ? NANOS_PER_MINUTE : NANOS_PER_HOUR;
    TimeSeries any = null;
    for (int p = 0; p < result.platforms().size(); p++) {
      PlatformResult platform = result.platforms().get(p);
      TimeSeries series = platform.usage().timeSeries();
      if (series.buckets() == 0 || (skipEmpty && !hasAny(series, level))) {
        continue;
      }
      any = series;
      XYSeries line = new XYSeries(platform.platform().name(), false, true);
      // Steps: each bucket's level from its start to its end, drawn as one path.
      for (int i = 0; i < series.buckets(); i++) {
        double value = level.apply(series, i);
        line.add(series.startNanos(i) / (double) unit, value);
        line.add((series.startNanos(i) + series.lengthNanos(i)) / (double) unit, value);
      }
      data.addSeries(line);
      colours.add(p);
    }
    String bucket =
        any == null ? "" : "; buckets of " + duration(any.bucketNanos()) + ", from time 0";
    return Plots.lines(
        title,
        result.scenario().name() + bucket,
        Plots.linear("simulated time (" + (unit == NANOS_PER_MINUTE ? "min" : "h") + ")", 1, true),
        Plots.linear(yLabel, 2, true),
        data,
        colours,
        false);
  }

  private static boolean hasAny(TimeSeries series, BiFunction<TimeSeries, Integer, Double> level) {
    for (int i = 0; i < series.buckets(); i++) {
      if (level.apply(series, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Writes a bucket width: {@code 15 s}, {@code 6 min}, {@code 1 h}. */
  static String duration(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    if (seconds % 3600 == 0) {
      return seconds / 3600 + " h";
    }
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
