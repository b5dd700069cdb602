package dev.billsim.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYDataset;

/**
 * Finds the lines of a chart that coincide, so its caption can say why a platform's line cannot be
 * seen: two Lambda architectures with the same latency, two fleets with the same load. Lines
 * coincide when they have as many points and each point of one is within {@link #SPAN_FRACTION} of
 * the data's span (on each axis, as drawn) of the same point of the other: under a pixel apart.
 */
final class CoincidingLines {
  /** The share of the data's span within which two points count as the same. */
  static final double SPAN_FRACTION = 1e-3;

  private CoincidingLines() {}

  /**
   * Returns the groups of series that coincide, each in series order and named by its keys; a
   * series joins the group of the first series it coincides with.
   */
  static List<List<String>> groups(XYDataset data) {
    double toleranceX = SPAN_FRACTION * span(data, true);
    double toleranceY = SPAN_FRACTION * span(data, false);
    List<List<String>> groups = new ArrayList<>();
    boolean[] grouped = new boolean[data.getSeriesCount()];
    for (int a = 0; a < data.getSeriesCount(); a++) {
      if (grouped[a]) {
        continue;
      }
      List<String> group = new ArrayList<>();
      for (int b = a + 1; b < data.getSeriesCount(); b++) {
        if (!grouped[b] && coincide(data, a, b, toleranceX, toleranceY)) {
          grouped[b] = true;
          group.add(String.valueOf(data.getSeriesKey(b)));
        }
      }
      if (!group.isEmpty()) {
        group.add(0, String.valueOf(data.getSeriesKey(a)));
        groups.add(group);
      }
    }
    return groups;
  }

  /**
   * Writes the groups as a caption, {@code "a and b coincide; c, d and e coincide"} followed by
   * {@code where} in each group, or an empty string when no lines coincide.
   */
  static String caption(List<List<String>> groups, String where) {
    List<String> parts = new ArrayList<>();
    for (List<String> group : groups) {
      String last = group.get(group.size() - 1);
      String names = String.join(", ", group.subList(0, group.size() - 1)) + " and " + last;
      parts.add(names + " coincide" + where);
    }
    return String.join("; ", parts);
  }

  private static boolean coincide(
      XYDataset data, int a, int b, double toleranceX, double toleranceY) {
    int items = data.getItemCount(a);
    if (items == 0 || items != data.getItemCount(b)) {
      return false;
    }
    for (int i = 0; i < items; i++) {
      if (!near(data.getXValue(a, i), data.getXValue(b, i), toleranceX)
          || !near(data.getYValue(a, i), data.getYValue(b, i), toleranceY)) {
        return false;
      }
    }
    return true;
  }

  private static boolean near(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance || (Double.isNaN(a) && Double.isNaN(b));
  }

  /** Returns the spread of all the series' x (or y) values: 0 for no values or one value. */
  private static double span(XYDataset data, boolean x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        double value = x ? data.getXValue(s, i) : data.getYValue(s, i);
        if (!Double.isNaN(value)) {
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
      }
    }
    return max > min ? max - min : 0;
  }
}
