package dev.billsim.report;

import dev.billsim.stats.Interval;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import dev.billsim.sweep.Tuning;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep's monthly totals for people: one line per point, one column per platform, in US
 * dollars to the cent; the cheapest platform at each point is marked with a {@code *}.
 */
final class SweepTableReporter implements SweepReporter {
  @Override
  public void write(SweepResult result, Writer out) throws IOException {
    out.write(heading(result) + "\n\n" + totals(result, false, false).plain(""));
    out.write(Allowances.sweepPlain(result));
    out.write(SweepTuning.plain(result, Tuning.of(result)));
  }

  /** Returns the line above the table: the scenario, the points, the seed and replications. */
  static String heading(SweepResult result) {
    String name = result.rows().get(0).scenario().name();
    int replications = result.rows().get(0).replications().size();
    return name
        + ": USD per month at each point (* the cheapest); "
        + result.sweep().points().size()
        + (result.sweep().points().size() == 1 ? " point" : " points")
        + ", seed "
        + result.rows().get(0).scenario().seed()
        + (replications > 1 ? ", mean ± 95% half-width of " + replications + " replications" : "");
  }

  /**
   * Returns the totals: one row per point, one column per platform, the cheapest marked with a
   * {@code *}; for a page, without the padding that aligns the marks in plain text, and in bold for
   * HTML ({@link TextTable#STRONG}) when {@code strong}.
   */
  static TextTable totals(SweepResult result, boolean page, boolean strong) {
    List<String> platforms = result.platforms();
    List<String> columns = new ArrayList<>();
    for (Axis axis : result.axes()) {
      columns.add(axis.name());
    }
    for (String platform : platforms) {
      columns.add(platform + ">");
    }
    TextTable table = new TextTable(columns.toArray(String[]::new));
    Map<Integer, Map<String, SweepRow>> byPoint = new LinkedHashMap<>();
    for (SweepRow row : result.rows()) {
      byPoint
          .computeIfAbsent(row.point().index(), i -> new LinkedHashMap<>())
          .put(row.platform(), row);
    }
    for (Map<String, SweepRow> point : byPoint.values()) {
      SweepRow any = point.values().iterator().next();
      List<String> cells = new ArrayList<>(any.point().values());
      SweepRow cheapest = null;
      for (SweepRow row : point.values()) {
        if (cheapest == null || total(row).mean().compareTo(total(cheapest).mean()) < 0) {
          cheapest = row;
        }
      }
      for (String platform : platforms) {
        SweepRow row = point.get(platform);
        String mark = row == cheapest ? " *" : page ? "" : "  ";
        cells.add(
            row == null
                ? ""
                : (strong && row == cheapest ? TextTable.STRONG : "") + cell(row) + mark);
      }
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  /** Returns a row's monthly total over its replications (one replication: the total itself). */
  private static Interval total(SweepRow row) {
    return Interval.of(row.replications().stream().map(r -> r.bill().totalUsd()).toList());
  }

  private static String cell(SweepRow row) {
    Interval total = total(row);
    return total.hasInterval()
        ? Numbers.cents(total.mean()) + " ± " + Numbers.cents(total.halfWidth())
        : Numbers.cents(total.mean());
  }
}
