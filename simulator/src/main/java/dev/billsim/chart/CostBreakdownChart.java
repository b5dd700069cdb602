package dev.billsim.chart;

import dev.billsim.billing.LineItem;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws each platform's monthly bill as a bar of its line items, stacked: charges to the right of
 * zero, credits (free tiers, included usage) to the left, so the bar's right end less its left
 * overhang is the total. Items with the same name on one bill (tiers, fleets) are added together.
 */
final class CostBreakdownChart {
  private CostBreakdownChart() {}

  /** Creates the chart of a run. */
  static JFreeChart create(RunResult result) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> items = new ArrayList<>();
    for (PlatformResult platform : result.platforms()) {
      Map<String, BigDecimal> byName = new LinkedHashMap<>();
      for (LineItem item : platform.bill().items()) {
        byName.merge(item.name(), item.usd(), BigDecimal::add);
      }
      for (Map.Entry<String, BigDecimal> item : byName.entrySet()) {
        if (!items.contains(item.getKey())) {
          items.add(item.getKey());
        }
      }
      // Every item of every platform is a cell, so the series (and their colours) are in order of
      // first appearance whatever platform shows them.
      for (String name : items) {
        data.addValue(0, name, platform.platform().name());
      }
      for (Map.Entry<String, BigDecimal> item : byName.entrySet()) {
        data.addValue(item.getValue().doubleValue(), item.getKey(), platform.platform().name());
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartTheme.keepSeriesLooks(renderer);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.12);
    for (int s = 0; s < data.getRowCount(); s++) {
      renderer.setSeriesPaint(s, ChartTheme.itemColour(items.indexOf((String) data.getRowKey(s))));
    }
    CategoryAxis platforms = new CategoryAxis("platform");
    CategoryPlot plot =
        new CategoryPlot(data, platforms, Plots.linear("USD per month", 2, true), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return Plots.chart(
        "Monthly bill by line item",
        result.scenario().name() + ": credits (free tiers, included usage) below zero",
        plot);
  }
}
