package dev.billsim.chart;

import dev.billsim.billing.HourlyCost;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws each platform's monthly bill spread over the hours of the day ({@link HourlyCost}), one
 * line per platform, the hours summing to the bill.
 */
final class CostByHourChart {
  private CostByHourChart() {}

  /** Creates the chart of a run. */
  static JFreeChart create(RunResult result) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Integer> colours = new ArrayList<>();
    List<Integer> covered = List.of();
    for (int p = 0; p < result.platforms().size(); p++) {
      PlatformResult platform = result.platforms().get(p);
      List<BigDecimal> hours = HourlyCost.of(platform.bill(), platform.usage().timeSeries());
      covered = HourlyCost.hoursCovered(platform.usage().timeSeries());
      XYSeries series = new XYSeries(platform.platform().name(), false, true);
      for (int h : covered) {
        series.add(h, hours.get(h).doubleValue());
      }
      data.addSeries(series);
      colours.add(p);
    }
    NumberAxis x =
        Plots.linear("hour of the day (UTC; simulated time starts Monday 00:00)", 0, true);
    x.setRange(-0.5, HourlyCost.HOURS - 0.5);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
    String subtitle =
        covered.size() == HourlyCost.HOURS
            ? result.scenario().name() + ": each line item spread by what it grows with"
            : result.scenario().name()
                + ": the horizon covers "
                + covered.size()
                + (covered.size() == 1 ? " hour" : " hours")
                + " of the day, which the month repeats";
    return Plots.lines(
        "Monthly bill by hour of the day",
        subtitle,
        x,
        Plots.linear("USD per month in the hour", 2, true),
        data,
        colours,
        false);
  }
}
