package dev.billsim.report;

import dev.billsim.stats.Interval;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep as CSV (RFC 4180), one row per point and platform: the varied values as given,
 * {@code platform}, {@code total_usd}, {@code allowances_usd} (what allowances took off the total),
 * one {@code usd:ITEM} column per line-item name, then the metric columns of a run's CSV, in the
 * same order and format.
 */
final class SweepCsvReporter implements SweepReporter {
  @Override
  public void write(SweepResult result, Writer out) throws IOException {
    if (result.rows().get(0).replications().size() > 1) {
      writeReplicated(result, out);
      return;
    }
    List<String> itemNames =
        CsvReporter.itemNames(result.rows().stream().map(row -> row.result().bill()).toList());
    List<String> header = new ArrayList<>();
    for (Axis axis : result.axes()) {
      header.add(axis.name());
    }
    header.add("platform");
    header.add("total_usd");
    header.add("allowances_usd");
    header.addAll(CsvReporter.itemHeader(itemNames));
    header.addAll(
        CsvReporter.metricHeader(
            result.rows().stream().anyMatch(r -> r.usage().transfer().measured())));
    CsvReporter.writeRow(out, header);
    for (SweepRow row : result.rows()) {
      List<String> cells = new ArrayList<>(row.point().values());
      cells.add(row.platform());
      cells.add(Numbers.microUsd(row.totalUsd()));
      cells.add(Numbers.microUsd(row.result().bill().allowancesUsd()));
      cells.addAll(CsvReporter.itemCells(row.result().bill(), itemNames));
      cells.addAll(CsvReporter.metricCells(row.usage()));
      CsvReporter.writeRow(out, cells);
    }
  }

  /**
   * Writes replicated rows: the varied values, {@code platform}, {@code replications}, then each
   * quantity of a replicated run's CSV (its mean) with {@code _ci95_low} and {@code _ci95_high}.
   */
  private static void writeReplicated(SweepResult result, Writer out) throws IOException {
    List<Map<String, Interval>> intervals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SweepRow row : result.rows()) {
      Map<String, Interval> q = ReplicationSummary.intervals(row.replications());
      intervals.add(q);
      for (String name : q.keySet()) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    List<String> header = new ArrayList<>();
    for (Axis axis : result.axes()) {
      header.add(axis.name());
    }
    header.add("platform");
    header.add("replications");
    for (String name : names) {
      header.add(name);
      header.add(name + "_ci95_low");
      header.add(name + "_ci95_high");
    }
    CsvReporter.writeRow(out, header);
    for (int i = 0; i < result.rows().size(); i++) {
      SweepRow row = result.rows().get(i);
      List<String> cells = new ArrayList<>(row.point().values());
      cells.add(row.platform());
      cells.add(Integer.toString(row.replications().size()));
      for (String name : names) {
        Interval interval = intervals.get(i).get(name);
        boolean money = Quantities.isMoney(name);
        cells.add(interval == null ? "" : JsonReporter.statistic(interval.mean(), money));
        cells.add(interval == null ? "" : JsonReporter.statistic(interval.low(), money));
        cells.add(interval == null ? "" : JsonReporter.statistic(interval.high(), money));
      }
      CsvReporter.writeRow(out, cells);
    }
  }
}
