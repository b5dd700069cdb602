package dev.billsim.report;

import dev.billsim.stats.Interval;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
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
        cells.add(row == null ? "" : cell(row) + (row == cheapest ? " *" : "  "));
      }
      table.row(cells.toArray(String[]::new));
    }
    String name = result.rows().get(0).scenario().name();
    int replications = result.rows().get(0).replications().size();
    StringBuilder text = new StringBuilder();
    text.append(name)
        .append(": USD per month at each point (* the cheapest); ")
        .append(result.sweep().points().size())
        .append(result.sweep().points().size() == 1 ? " point" : " points")
        .append(", seed ")
        .append(result.rows().get(0).scenario().seed())
        .append(
            replications > 1 ? ", mean ± 95% half-width of " + replications + " replications" : "")
        .append("\n\n");
    text.append(table.plain(""));
    out.write(text.toString());
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
