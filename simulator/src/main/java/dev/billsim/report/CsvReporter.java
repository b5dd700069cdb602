package dev.billsim.report;

import dev.billsim.billing.Bill;
import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import dev.billsim.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run result as CSV (RFC 4180): one row per platform with the total and what allowances
 * took off it, the metrics, the latency figures, then one {@code usd:<item>} column per line item
 * name found in any bill.
 */
final class CsvReporter implements Reporter {
  @Override
  public void write(ReplicatedResult replicated, Writer out) throws IOException {
    if (replicated.count() == 1) {
      writeRun(replicated.first(), out);
    } else {
      writeReplications(replicated, out);
    }
  }

  /**
   * Writes one row per platform: scenario, seed, replications, platform, model, then for every
   * quantity of the single-run CSV its mean under the same name and its interval as {@code
   * <name>_ci95_low} and {@code <name>_ci95_high}.
   */
  private static void writeReplications(ReplicatedResult replicated, Writer out)
      throws IOException {
    ReplicationSummary summary = new ReplicationSummary(replicated);
    RunResult first = replicated.first();
    List<String> names = new ArrayList<>();
    for (int p = 0; p < summary.platforms().size(); p++) {
      for (String name : summary.intervals(p).keySet()) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    List<String> header =
        new ArrayList<>(List.of("scenario", "seed", "replications", "platform", "model"));
    for (String name : names) {
      header.add(name);
      header.add(name + "_ci95_low");
      header.add(name + "_ci95_high");
    }
    writeRow(out, header);
    for (int p = 0; p < summary.platforms().size(); p++) {
      List<String> row = new ArrayList<>();
      row.add(first.scenario().name());
      row.add(Long.toString(first.scenario().seed()));
      row.add(Integer.toString(summary.count()));
      row.add(summary.platforms().get(p));
      row.add(first.platforms().get(p).model());
      Map<String, Interval> intervals = summary.intervals(p);
      for (String name : names) {
        Interval interval = intervals.get(name);
        boolean money = Quantities.isMoney(name);
        if (interval == null) {
          row.add("");
          row.add("");
          row.add("");
        } else {
          row.add(JsonReporter.statistic(interval.mean(), money));
          row.add(JsonReporter.statistic(interval.low(), money));
          row.add(JsonReporter.statistic(interval.high(), money));
        }
      }
      writeRow(out, row);
    }
  }

  private static void writeRun(RunResult result, Writer out) throws IOException {
    List<String> itemNames =
        itemNames(result.platforms().stream().map(PlatformResult::bill).toList());
    List<String> header =
        new ArrayList<>(
            List.of("scenario", "seed", "platform", "model", "total_usd", "allowances_usd"));
    header.addAll(
        metricHeader(result.platforms().stream().anyMatch(p -> p.usage().transfer().measured())));
    header.addAll(itemHeader(itemNames));
    writeRow(out, header);
    for (PlatformResult platform : result.platforms()) {
      List<String> row = new ArrayList<>();
      row.add(result.scenario().name());
      row.add(Long.toString(result.scenario().seed()));
      row.add(platform.platform().name());
      row.add(platform.model());
      row.add(Numbers.microUsd(platform.bill().totalUsd()));
      row.add(Numbers.microUsd(platform.bill().allowancesUsd()));
      row.addAll(metricCells(platform.usage()));
      row.addAll(itemCells(platform.bill(), itemNames));
      writeRow(out, row);
    }
  }

  /**
   * Returns the metric columns: the metrics (with the data-transfer ones if {@code transfer}), then
   * concurrency, then latency.
   */
  static List<String> metricHeader(boolean transfer) {
    List<String> header = new ArrayList<>();
    for (Metric metric : Metric.shown(transfer)) {
      header.add(metric.key());
    }
    header.add("concurrency_mean");
    header.add("concurrency_max");
    for (String name : Metric.LATENCY_NAMES) {
      header.add("latency_ms_" + name);
    }
    return header;
  }

  /** Returns the cells of {@link #metricHeader} for one platform's usage. */
  static List<String> metricCells(Usage usage) {
    List<String> row = new ArrayList<>();
    for (Metric metric : Metric.shown(usage)) {
      // Plain decimals as in the JSON: Double.toString would write 8.459479789461441E7.
      row.add(
          metric.isCount()
              ? Long.toString((long) metric.of(usage))
              : Numbers.plain(metric.of(usage)));
    }
    row.add(Numbers.plain(usage.meanConcurrency()));
    row.add(Long.toString(usage.maxConcurrency()));
    for (double latency : Metric.latencyMillis(usage)) {
      row.add(Numbers.plain(latency));
    }
    return row;
  }

  /** Returns the distinct line-item names of the bills, in order of first appearance. */
  static List<String> itemNames(List<Bill> bills) {
    List<String> names = new ArrayList<>();
    for (Bill bill : bills) {
      for (LineItem item : bill.items()) {
        if (!names.contains(item.name())) {
          names.add(item.name());
        }
      }
    }
    return names;
  }

  /** Returns one {@code usd:NAME} column per line-item name. */
  static List<String> itemHeader(List<String> itemNames) {
    return itemNames.stream().map(name -> "usd:" + name).toList();
  }

  /** Returns a bill's amount for each item name, in micro-dollars; empty where it has none. */
  static List<String> itemCells(Bill bill, List<String> itemNames) {
    Map<String, BigDecimal> byName = new LinkedHashMap<>();
    for (LineItem item : bill.items()) {
      byName.merge(item.name(), item.usd(), BigDecimal::add);
    }
    List<String> row = new ArrayList<>();
    for (String name : itemNames) {
      BigDecimal usd = byName.get(name);
      row.add(usd == null ? "" : Numbers.microUsd(usd));
    }
    return row;
  }

  /** Writes one row, its cells escaped, ended by CRLF. */
  static void writeRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** Quotes a cell that holds a comma, quote or line break, doubling its quotes (RFC 4180). */
  static String escape(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
