package dev.billsim.chart;

import dev.billsim.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jfree.chart.JFreeChart;

/**
 * Lists the charts of a run: each constant a file name in {@code charts/}, a title, a builder, and
 * the chart's height (the usual {@link ChartTheme#HEIGHT}, or one that grows with its panels).
 */
public enum RunChart {
  /** Each platform's bill by line item. */
  COST_BREAKDOWN(
      "cost-breakdown",
      "Monthly bill by line item",
      CostBreakdownChart::create,
      CostBreakdownChart::heightPx),
  /** Each platform's latency distribution. */
  LATENCY_CDF("latency-cdf", "Latency distribution", LatencyCdfChart::create),
  /** Requests in flight over simulated time. */
  CONCURRENCY("concurrency", "Requests in flight over time", LoadCharts::concurrency),
  /** Instances alive over simulated time. */
  INSTANCES("instances", "Instances over time", LoadCharts::instances),
  /** Each platform's bill spread over the hours of the day. */
  COST_BY_HOUR("cost-by-hour", "Monthly bill by hour of the day", CostByHourChart::create);

  private final String fileName;
  private final String title;
  private final Function<RunResult, JFreeChart> factory;
  private final ToIntFunction<JFreeChart> heightPx;

  RunChart(String fileName, String title, Function<RunResult, JFreeChart> factory) {
    this(fileName, title, factory, chart -> ChartTheme.HEIGHT);
  }

  RunChart(
      String fileName,
      String title,
      Function<RunResult, JFreeChart> factory,
      ToIntFunction<JFreeChart> heightPx) {
    this.fileName = fileName;
    this.title = title;
    this.factory = factory;
    this.heightPx = heightPx;
  }

  /** Returns the file name in {@code charts/}, without extension. */
  public String fileName() {
    return fileName;
  }

  /** Renders every chart of a run (its first replication), in this order. */
  public static List<ChartImage> renderAll(RunResult result) {
    return startAll(result).join();
  }

  /** Starts rendering every chart of a run (its first replication), on background threads. */
  public static ChartRendering startAll(RunResult result) {
    List<Supplier<ChartImage>> charts = new ArrayList<>();
    for (RunChart chart : values()) {
      charts.add(() -> chart.render(result));
    }
    return ChartRendering.start(charts);
  }

  /** Builds and draws this chart of {@code result}. */
  ChartImage render(RunResult result) {
    JFreeChart drawn = factory.apply(result);
    return ChartRenderer.render(fileName, title, drawn, heightPx.applyAsInt(drawn));
  }
}
