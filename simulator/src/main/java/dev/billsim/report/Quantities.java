package dev.billsim.report;

import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names every number a platform's result reports, under its CSV column name: {@code total_usd}, the
 * {@link Metric}s, {@code concurrency_mean} and {@code concurrency_max}, {@code latency_ms_*}, then
 * {@code usd:<item>} per line item name (items of one name, such as price tiers, summed).
 */
final class Quantities {
  /** The column of the monthly total. */
  static final String TOTAL_USD = "total_usd";

  /** The prefix of a line item's column. */
  static final String ITEM_PREFIX = "usd:";

  private Quantities() {}

  /** Returns the platform's numbers in report order: money exact, metrics as measured. */
  static Map<String, BigDecimal> of(PlatformResult platform) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Usage usage = platform.usage();
    values.put(TOTAL_USD, platform.bill().totalUsd());
    for (Metric metric : Metric.values()) {
      values.put(metric.key(), BigDecimal.valueOf(metric.of(usage)));
    }
    values.put("concurrency_mean", BigDecimal.valueOf(usage.meanConcurrency()));
    values.put("concurrency_max", BigDecimal.valueOf(usage.maxConcurrency()));
    double[] latency = Metric.latencyMillis(usage);
    for (int i = 0; i < latency.length; i++) {
      values.put("latency_ms_" + Metric.LATENCY_NAMES.get(i), BigDecimal.valueOf(latency[i]));
    }
    for (LineItem item : platform.bill().items()) {
      values.merge(ITEM_PREFIX + item.name(), item.usd(), BigDecimal::add);
    }
    return values;
  }

  /** Returns whether a quantity is money, written to the micro-dollar. */
  static boolean isMoney(String name) {
    return name.equals(TOTAL_USD) || name.startsWith(ITEM_PREFIX);
  }
}
