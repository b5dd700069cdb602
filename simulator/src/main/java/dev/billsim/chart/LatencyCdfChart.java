package dev.billsim.chart;

import dev.billsim.meter.LatencyCdf;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws each platform's latency distribution: the share of requests done within each latency, on a
 * log latency axis where both the bulk and the tail show.
 */
final class LatencyCdfChart {
  private LatencyCdfChart() {}

  /** Creates the chart of a run. */
  static JFreeChart create(RunResult result) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Integer> colours = new ArrayList<>();
    for (int p = 0; p < result.platforms().size(); p++) {
      PlatformResult platform = result.platforms().get(p);
      LatencyCdf cdf = platform.usage().latencyCdf();
      if (cdf.size() == 0) {
        continue;
      }
      XYSeries series = new XYSeries(platform.platform().name(), false, true);
      for (int i = 0; i < cdf.size(); i++) {
        series.add(Log10Axis.of(cdf.nanos(i) / 1e6), LatencyCdf.share(i) * 100);
      }
      data.addSeries(series);
      colours.add(p);
    }
    var y = Plots.linear("requests done within (%)", 1, true);
    y.setRange(0, 100);
    return Plots.lines(
        "Latency distribution",
        result.scenario().name() + ": end-to-end latency, arrival to completion",
        Log10Axis.create("latency (ms), log scale", 3),
        y,
        data,
        colours,
        false);
  }
}
