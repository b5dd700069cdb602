package dev.billsim.billing;

import dev.billsim.meter.TimeSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spreads a monthly bill over the 24 hours of the day (UTC; simulated time 0 is Monday 00:00), for
 * the "cost by hour of day" chart.
 *
 * <p>An approximation, by design: each line item is spread over the run's time buckets in
 * proportion to what its unit grows with ({@link CostDriver}: arrivals for request fees, CPU for
 * CPU time, billed time when it was billed, instance time for instance-hours, time itself for
 * subscriptions), and each bucket's share goes to its hour of the day. Credits (free tiers,
 * included usage) are spread the same way as the charge they reduce, so an hour can show less than
 * its charges; tiers and allowances are not re-applied hour by hour. The hours add up to the bill's
 * total (to 16 significant digits). A horizon shorter than a day covers only some hours, and the
 * month repeats those: the whole bill falls in them.
 */
public final class HourlyCost {
  /** The hours of a day. */
  public static final int HOURS = 24;

  private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

  private HourlyCost() {}

  /**
   * Returns the bill's dollars in each hour of the day, hour 0 first; all zero for a run that kept
   * no time series.
   */
  public static List<BigDecimal> of(Bill bill, TimeSeries series) {
    BigDecimal[] usd = new BigDecimal[HOURS];
    Arrays.fill(usd, BigDecimal.ZERO);
    if (series.buckets() > 0) {
      for (LineItem item : bill.items()) {
        spread(item, series, usd);
      }
    }
    return List.of(usd);
  }

  /** Returns the hours of the day the series' buckets fall in, each once, in order. */
  public static List<Integer> hoursCovered(TimeSeries series) {
    boolean[] covered = new boolean[HOURS];
    for (int i = 0; i < series.buckets(); i++) {
      covered[hourOf(series.startNanos(i))] = true;
    }
    List<Integer> hours = new ArrayList<>();
    for (int h = 0; h < HOURS; h++) {
      if (covered[h]) {
        hours.add(h);
      }
    }
    return hours;
  }

  private static void spread(LineItem item, TimeSeries series, BigDecimal[] usd) {
    CostDriver driver = CostDriver.of(item.unit());
    double total = total(driver, series);
    if (total <= 0) {
      // Nothing of the driver was metered (a credit on an idle platform): spread it over time.
      driver = CostDriver.TIME;
      total = total(driver, series);
    }
    BigDecimal whole = BigDecimal.valueOf(total);
    for (int i = 0; i < series.buckets(); i++) {
      double weight = driver.weight(series, i);
      if (weight != 0) {
        int hour = hourOf(series.startNanos(i));
        usd[hour] =
            usd[hour].add(
                item.usd()
                    .multiply(BigDecimal.valueOf(weight))
                    .divide(whole, MathContext.DECIMAL64));
      }
    }
  }

  private static double total(CostDriver driver, TimeSeries series) {
    double total = 0;
    for (int i = 0; i < series.buckets(); i++) {
      total += driver.weight(series, i);
    }
    return total;
  }

  /**
   * Returns the hour of the day of a simulated time. Buckets are at most an hour wide and their
   * widths divide an hour, so a bucket never straddles two hours.
   */
  private static int hourOf(long nanos) {
    return (int) ((nanos / NANOS_PER_HOUR) % HOURS);
  }
}
