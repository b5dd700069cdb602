package dev.billsim.sweep;

import java.util.List;
import java.util.Objects;

/**
 * States the outcome of a sweep: the sweep as run and one row per point and platform, in point
 * order and then in the scenario's platform order.
 */
public record SweepResult(Sweep sweep, List<SweepRow> rows) {
  /** Copies the rows. */
  public SweepResult {
    Objects.requireNonNull(sweep, "sweep");
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a sweep result has at least one row");
    }
  }

  /** Returns the axes, in the order of {@code --vary}. */
  public List<Axis> axes() {
    return sweep.axes();
  }

  /** Returns the rows of one platform, in point order: one line of a chart. */
  public List<SweepRow> rowsOf(String platform) {
    return rows.stream().filter(row -> row.platform().equals(platform)).toList();
  }

  /** Returns the platform names in order of first appearance. */
  public List<String> platforms() {
    return rows.stream().map(SweepRow::platform).distinct().toList();
  }
}
