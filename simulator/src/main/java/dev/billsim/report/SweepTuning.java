package dev.billsim.report;

import dev.billsim.sweep.Axis;
import dev.billsim.sweep.BestSetting;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import dev.billsim.sweep.Tuning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what a sweep of platforms' own settings found ({@link Tuning}): per platform, its
 * cheapest, fastest and balanced setting, with the bill and latency there, for the sweep's table,
 * page and summary alike.
 */
final class SweepTuning {
  private SweepTuning() {}

  /** Returns the heading, e.g. {@code Best memory for each platform}. */
  static String title(SweepResult result, Tuning tuning) {
    return "Best " + String.join(" and ", tuning.settingNames(result)) + " for each platform";
  }

  /** Says how the three choices are made, in one sentence. */
  static String rule(Tuning tuning) {
    return "Cheapest: the lowest monthly bill; fastest: the lowest "
        + tuning.rule().latency().key()
        + " latency; balanced: "
        + tuning.rule().balancedRule()
        + "; settings at which requests failed or were throttled are left out";
  }

  /**
   * Returns the table: per platform (and value of a grid's other axis), one line for each choice.
   */
  static TextTable table(SweepResult result, Tuning tuning) {
    List<String> settingNames = tuning.settingNames(result);
    boolean shared =
        tuning.best().stream()
            .allMatch(b -> b.settingAxes().equals(tuning.best().get(0).settingAxes()));
    List<String> columns = new ArrayList<>();
    columns.add("platform");
    List<Integer> contextAxes = contextAxes(result, tuning.best().get(0));
    if (shared) {
      for (int a : contextAxes) {
        columns.add(result.axes().get(a).name());
      }
    }
    columns.add("choice");
    columns.add(shared ? String.join(", ", settingNames) : "setting");
    columns.add("USD/month>");
    columns.add(tuning.rule().latency().key() + " ms>");
    TextTable table = new TextTable(columns.toArray(String[]::new));
    for (BestSetting best : tuning.best()) {
      List<String> lead = new ArrayList<>();
      lead.add(best.platform());
      if (shared) {
        lead.addAll(best.context());
      }
      if (!best.found()) {
        List<String> cells = new ArrayList<>(lead);
        cells.add("none");
        cells.add("requests failed at every setting");
        cells.add("");
        cells.add("");
        table.row(cells.toArray(String[]::new));
        continue;
      }
      row(table, lead, "cheapest", best, best.cheapest(), shared, result, tuning);
      row(table, lead, "fastest", best, best.fastest(), shared, result, tuning);
      row(table, lead, "balanced", best, best.balanced(), shared, result, tuning);
    }
    return table;
  }

  /** Returns the rule and the settings left out, as sentences. */
  static String notes(SweepResult result, Tuning tuning) {
    String leftOut = leftOut(result, tuning);
    return rule(tuning) + "." + (leftOut.isEmpty() ? "" : " " + leftOut + ".");
  }

  /** Lists the settings left out because requests failed there, or returns an empty string. */
  static String leftOut(SweepResult result, Tuning tuning) {
    List<String> parts = new ArrayList<>();
    for (BestSetting best : tuning.best()) {
      for (SweepRow row : best.failing()) {
        parts.add(best.platform() + " at " + named(result, row));
      }
    }
    return parts.isEmpty()
        ? ""
        : "Left out (requests failed or were throttled): " + String.join("; ", parts);
  }

  private static void row(
      TextTable table,
      List<String> lead,
      String choice,
      BestSetting best,
      SweepRow row,
      boolean shared,
      SweepResult result,
      Tuning tuning) {
    List<String> cells = new ArrayList<>(lead);
    cells.add(choice);
    cells.add(shared ? best.setting(row) : named(result, row));
    cells.add(Numbers.cents(row.meanTotalUsd()));
    cells.add(milliseconds(Tuning.latencyNanos(row, tuning.rule().latency())));
    table.row(cells.toArray(String[]::new));
  }

  /** Writes a latency in milliseconds with one decimal, so that a column's points align. */
  static String milliseconds(double nanos) {
    return String.format(Locale.ROOT, "%,.1f", nanos / 1e6);
  }

  /** Writes a point's values with their axes' names, e.g. {@code memory=1728MB}. */
  private static String named(SweepResult result, SweepRow row) {
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < result.axes().size(); a++) {
      Axis axis = result.axes().get(a);
      parts.add(axis.name() + "=" + row.point().values().get(a));
    }
    return String.join(", ", parts);
  }

  private static List<Integer> contextAxes(SweepResult result, BestSetting best) {
    List<Integer> axes = new ArrayList<>();
    for (int a = 0; a < result.axes().size(); a++) {
      if (!best.settingAxes().contains(a)) {
        axes.add(a);
      }
    }
    return axes;
  }

  /** Returns the section as plain text, for the sweep's table; empty when no setting varies. */
  static String plain(SweepResult result, Tuning tuning) {
    if (!tuning.any()) {
      return "";
    }
    return "\n"
        + title(result, tuning)
        + "\n\n"
        + table(result, tuning).plain("")
        + "\n"
        + notes(result, tuning)
        + "\n";
  }
}
