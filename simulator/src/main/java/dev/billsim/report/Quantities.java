package dev.billsim.report;

import dev.billsim.billing.LineItem;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names every number a platform's result reports, under its CSV column name: {@code total_usd},
 * {@code allowances_usd}, the {@link Metric}s, {@code concurrency_mean} and {@code
 * concurrency_max}, {@code latency_ms_*}, then {@code usd:<item>} per line item name (items of one
 * name, such as price tiers, summed).
 */
final class Quantities {
  /** The column of the monthly total. */
  static final String TOTAL_USD = "total_usd";

  /** The column of what the allowances took off the total: zero or negative. */
  static final String ALLOWANCES_USD = "allowances_usd";

  /** The prefix of a line item's column. */
  static final String ITEM_PREFIX = "usd:";

  private Quantities() {}

  /** Returns the platform's numbers in report order: money exact, metrics as measured. */
  static Map<String, BigDecimal> of(PlatformResult platform) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put(TOTAL_USD, platform.bill().totalUsd());
    values.put(ALLOWANCES_USD, platform.bill().allowancesUsd());
    // The run CSV's metric columns, read back from its cells: one list of names and values.
    List<String> names = CsvReporter.metricHeader(platform.usage().transfer().measured());
    List<String> cells = CsvReporter.metricCells(platform.usage());
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), new BigDecimal(cells.get(i)));
    }
    for (LineItem item : platform.bill().items()) {
      values.merge(ITEM_PREFIX + item.name(), item.usd(), BigDecimal::add);
    }
    return values;
  }

  /** Returns whether a quantity is money, written to the micro-dollar. */
  static boolean isMoney(String name) {
    return name.equals(TOTAL_USD) || name.equals(ALLOWANCES_USD) || name.startsWith(ITEM_PREFIX);
  }
}
