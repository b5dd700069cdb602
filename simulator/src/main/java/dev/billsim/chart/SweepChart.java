package dev.billsim.chart;

import dev.billsim.sweep.CheapestMap;
import dev.billsim.sweep.Crossovers;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.Tuning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Lists the charts of a sweep: each constant a file name in {@code charts/}, a title, the number of
 * axes it is drawn for, and a builder.
 */
public enum SweepChart {
  /** A line sweep's bills against the swept value, with crossovers. */
  COST(
      "cost",
      r -> "Monthly bill by " + r.axes().get(0).name(),
      1,
      r -> SweepCostChart.create(r, Crossovers.of(r))),
  /**
   * A line sweep of platforms' own setting: bill and latency against it, the best values marked;
   * drawn only when some platform's setting varies ({@link Tuning}).
   */
  COST_LATENCY(
      "cost-latency",
      r ->
          "Monthly bill and "
              + r.sweep().tuning().latency().key()
              + " latency by "
              + r.axes().get(0).name(),
      1,
      r -> SweepTuningChart.create(r, Tuning.of(r))),
  /** A grid sweep's cheapest platform in each cell, shaded by its margin. */
  CHEAPEST_MAP(
      "cheapest-map",
      r -> "Cheapest platform by " + r.axes().get(0).name() + " and " + r.axes().get(1).name(),
      2,
      r -> CheapestMapChart.create(r, CheapestMap.of(r)));

  private final String fileName;
  private final Function<SweepResult, String> title;
  private final int axes;
  private final Function<SweepResult, JFreeChart> factory;

  SweepChart(
      String fileName,
      Function<SweepResult, String> title,
      int axes,
      Function<SweepResult, JFreeChart> factory) {
    this.fileName = fileName;
    this.title = title;
    this.axes = axes;
    this.factory = factory;
  }

  /** Returns the file name in {@code charts/}, without extension. */
  public String fileName() {
    return fileName;
  }

  /** Renders the charts drawn for this sweep's number of axes, in this order. */
  public static List<ChartImage> renderAll(SweepResult result) {
    return startAll(result).join();
  }

  /** Starts rendering the charts drawn for this sweep's number of axes, on background threads. */
  public static ChartRendering startAll(SweepResult result) {
    List<Supplier<ChartImage>> charts = new ArrayList<>();
    for (SweepChart chart : values()) {
      if (chart.axes == result.axes().size()
          && (chart != COST_LATENCY || Tuning.of(result).any())) {
        charts.add(
            () ->
                ChartRenderer.render(
                    chart.fileName, chart.title.apply(result), chart.factory.apply(result)));
      }
    }
    return ChartRendering.start(charts);
  }
}
