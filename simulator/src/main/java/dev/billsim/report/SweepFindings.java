package dev.billsim.report;

import dev.billsim.chart.AxisUnit;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.CheapestCell;
import dev.billsim.sweep.CheapestInterval;
import dev.billsim.sweep.CheapestMap;
import dev.billsim.sweep.Crossover;
import dev.billsim.sweep.Crossovers;
import dev.billsim.sweep.SweepResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the tables of what a sweep found, for its page and its summary: along a line, which
 * platform is the cheapest on each stretch and where the cheapest changes; on a grid, the cheapest
 * in each cell and its margin.
 */
final class SweepFindings {
  private SweepFindings() {}

  /** Returns the stretches of a line: from, to and the cheapest platform. */
  static TextTable intervals(SweepResult result, Crossovers crossovers) {
    Axis axis = result.axes().get(0);
    TextTable table = new TextTable("from " + axis.name(), "to " + axis.name(), "cheapest");
    for (CheapestInterval interval : crossovers.intervals()) {
      table.row(
          place(axis, interval.from(), interval.firstPoint()),
          place(axis, interval.to(), interval.lastPoint()),
          interval.platform());
    }
    return table;
  }

  /** Returns the crossovers of a line: where, between which points, from and to which platform. */
  static TextTable crossovers(SweepResult result, Crossovers crossovers) {
    Axis axis = result.axes().get(0);
    TextTable table =
        new TextTable(axis.name() + " at crossing", "between points", "from", "to", "USD/month>");
    for (Crossover crossover : crossovers.crossovers()) {
      int p = crossover.afterPoint();
      table.row(
          crossover.at() == null ? "" : AxisUnit.of(axis).format(crossover.at()),
          axis.values().get(p) + " and " + axis.values().get(p + 1),
          crossover.from(),
          crossover.to(),
          crossover.usd() == null ? "" : Numbers.cents(crossover.usd()));
    }
    return table;
  }

  /** Says in one sentence how the crossovers were found. */
  static String method(SweepResult result) {
    Axis axis = result.axes().get(0);
    if (!axis.kind().isQuantity()) {
      return "The cheapest platform at each point; "
          + axis.name()
          + " is text, so a change"
          + " of the cheapest lies between two points, at no value.";
    }
    return "Where the cheapest platform changes between two points, the crossing of the two"
        + " platforms' cost lines, interpolated "
        + (axis.log() ? "in the logarithm of " + axis.name() + " (a log range)" : "linearly")
        + "; a platform cheapest only between two points is not seen.";
  }

  /** Returns a grid's map: one row per first-axis value, one column per second-axis value. */
  static TextTable map(SweepResult result, CheapestMap map) {
    Axis rows = result.axes().get(0);
    Axis columns = result.axes().get(1);
    List<String> header = new ArrayList<>();
    header.add(rows.name() + " \\ " + columns.name());
    header.addAll(columns.values());
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (int r = 0; r < map.rows(); r++) {
      List<String> cells = new ArrayList<>();
      cells.add(rows.values().get(r));
      for (int c = 0; c < map.columns(); c++) {
        cells.add(cell(map.cell(r, c)));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  /** Writes a cell: the cheapest platform and how much of the runner-up's bill it saves. */
  private static String cell(CheapestCell cell) {
    if (cell.runnerUp() == null) {
      return cell.platform();
    }
    BigDecimal percent = cell.margin().movePointRight(2);
    return cell.platform()
        + " (saves "
        + Numbers.decimal(percent.doubleValue(), 0)
        + "% vs "
        + cell.runnerUp()
        + ")";
  }

  /** Writes a place on the line: a value in the axis' unit, or a point's value as given. */
  private static String place(Axis axis, Double at, int point) {
    return at == null ? axis.values().get(point) : AxisUnit.of(axis).format(at);
  }
}
