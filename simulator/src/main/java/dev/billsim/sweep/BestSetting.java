package dev.billsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names one platform's best values of its own setting along a sweep: the cheapest, the fastest and
 * the balanced one ({@link TuningRule}), among the settings at which no request failed or was
 * throttled. On a grid whose other axis is not a setting, there is one per value of that axis.
 *
 * @param platform the platform's name
 * @param settingAxes the indices of the axes that are this platform's settings
 * @param context for each other axis, its value here, in axis order (empty on a line)
 * @param cheapest the row with the lowest monthly bill (mean of replications); ties go to the
 *     faster, then to the earlier point; null when no setting qualifies
 * @param fastest the row with the lowest latency figure; ties go to the cheaper, then the earlier
 * @param balanced the cheapest row whose latency is within the rule's share of the fastest
 * @param failing the settings left out because some request failed or was throttled there
 */
public record BestSetting(
    String platform,
    List<Integer> settingAxes,
    List<String> context,
    SweepRow cheapest,
    SweepRow fastest,
    SweepRow balanced,
    List<SweepRow> failing) {
  /** Copies the lists; the three choices are all present or all absent. */
  public BestSetting {
    Objects.requireNonNull(platform, "platform");
    settingAxes = List.copyOf(settingAxes);
    context = List.copyOf(context);
    failing = List.copyOf(failing);
    if ((cheapest == null) != (fastest == null) || (cheapest == null) != (balanced == null)) {
      throw new IllegalArgumentException("all three choices, or none");
    }
  }

  /** Returns whether any setting qualified: false when requests failed at every one. */
  public boolean found() {
    return cheapest != null;
  }

  /** Returns a row's setting as written: its values of the setting axes, e.g. {@code 1728MB}. */
  public String setting(SweepRow row) {
    List<String> values = new ArrayList<>();
    for (int a : settingAxes) {
      values.add(row.point().values().get(a));
    }
    return String.join(", ", values);
  }
}
