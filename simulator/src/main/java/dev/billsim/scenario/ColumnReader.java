package dev.billsim.scenario;

import dev.billsim.workload.ColumnDuration;

/**
 * Reads {@code {column: NAME, unit: ms}}: a duration taken from a trace column, row by row. Used by
 * steps and by a platform that replays what the trace recorded (Lambda's {@code recorded-init}).
 */
final class ColumnReader {
  private ColumnReader() {}

  /** Returns the column duration at {@code path}, or null after recording a problem. */
  static ColumnDuration duration(YamlNode node, String path, Problems problems) {
    String example = "e.g. {column: duration_ms, unit: ms}";
    MapReader r =
        MapReader.open(
            node, path, problems, "{column, unit}", example, StepKeys.COLUMN_DURATION.names());
    if (r == null) {
      return null;
    }
    String column = r.text(StepKeys.COLUMN.name(), "a trace column's name", example);
    if (r.require("unit", "the unit of the column's values: s, ms, us or ns", example) == null) {
      return null;
    }
    Long unitNanos = r.choice("unit", DistributionReader.UNIT_NANOS);
    return column == null || unitNanos == null
        ? null
        : new ColumnDuration(column.trim(), unitNanos);
  }
}
