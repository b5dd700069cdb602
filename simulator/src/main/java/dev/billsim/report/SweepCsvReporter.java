package dev.billsim.report;

import dev.billsim.sweep.Axis;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a sweep as CSV (RFC 4180), one row per point and platform: the varied values as given,
 * {@code platform}, {@code total_usd}, one {@code usd:ITEM} column per line-item name, then the
 * metric columns of a run's CSV, in the same order and format.
 */
final class SweepCsvReporter implements SweepReporter {
  @Override
  public void write(SweepResult result, Writer out) throws IOException {
    List<String> itemNames =
        CsvReporter.itemNames(result.rows().stream().map(row -> row.result().bill()).toList());
    List<String> header = new ArrayList<>();
    for (Axis axis : result.axes()) {
      header.add(axis.name());
    }
    header.add("platform");
    header.add("total_usd");
    header.addAll(CsvReporter.itemHeader(itemNames));
    header.addAll(CsvReporter.metricHeader());
    CsvReporter.writeRow(out, header);
    for (SweepRow row : result.rows()) {
      List<String> cells = new ArrayList<>(row.point().values());
      cells.add(row.platform());
      cells.add(Numbers.microUsd(row.totalUsd()));
      cells.addAll(CsvReporter.itemCells(row.result().bill(), itemNames));
      cells.addAll(CsvReporter.metricCells(row.usage()));
      CsvReporter.writeRow(out, cells);
    }
  }
}
