package dev.billsim.sweep;

import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.ParameterUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what a sweep of platforms' own settings answers (AWS Lambda Power Tuning's question): for
 * each platform whose configuration an axis changes, and nothing else, the cheapest, fastest and
 * balanced values of that axis. An axis is a platform's setting when the scenario writes its {@code
 * ${name}} only in that platform's entry (memory, instance type, count, concurrency, a provisioned
 * level), so the traffic is the same at every value and only the platform differs.
 *
 * <p>Pure function of the rows: costs are the mean of a point's replications, latency the mean of
 * its replications' figure, compared exactly.
 */
public final class Tuning {
  private final TuningRule rule;
  private final List<BestSetting> best;

  private Tuning(TuningRule rule, List<BestSetting> best) {
    this.rule = rule;
    this.best = List.copyOf(best);
  }

  /** Finds the best settings of every platform whose own setting the sweep varies. */
  public static Tuning of(SweepResult result) {
    Sweep sweep = result.sweep();
    List<ParameterUse> uses = new ArrayList<>();
    for (Axis axis : result.axes()) {
      uses.add(sweep.template().use(axis.name()));
    }
    List<String> platforms = result.platforms();
    int declared = result.rows().get(0).scenario().platforms().size();
    List<BestSetting> best = new ArrayList<>();
    // A platform whose name is itself written with a varied parameter is a different platform at
    // each point: there is no one platform to tune.
    if (platforms.size() == declared) {
      for (int p = 0; p < platforms.size(); p++) {
        List<Integer> settingAxes = new ArrayList<>();
        for (int a = 0; a < uses.size(); a++) {
          if (uses.get(a).isPlatformSetting() && uses.get(a).platforms().contains(p)) {
            settingAxes.add(a);
          }
        }
        if (!settingAxes.isEmpty()) {
          best.addAll(choose(result, platforms.get(p), settingAxes, sweep.tuning()));
        }
      }
    }
    return new Tuning(sweep.tuning(), best);
  }

  /** Returns the rule the balanced settings follow. */
  public TuningRule rule() {
    return rule;
  }

  /** Returns the findings, in platform order, then in the order of the other axis' values. */
  public List<BestSetting> best() {
    return best;
  }

  /** Returns whether any platform's own setting varies. */
  public boolean any() {
    return !best.isEmpty();
  }

  /** Returns the names of the axes that are some platform's setting, in axis order. */
  public List<String> settingNames(SweepResult result) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < result.axes().size(); a++) {
      for (BestSetting setting : best) {
        if (setting.settingAxes().contains(a) && !names.contains(result.axes().get(a).name())) {
          names.add(result.axes().get(a).name());
        }
      }
    }
    return names;
  }

  /** Returns the mean over a row's replications of a latency figure, in nanoseconds. */
  public static double latencyNanos(SweepRow row, LatencyFigure figure) {
    double sum = 0;
    for (PlatformResult replication : row.replications()) {
      sum += figure.nanos(replication.usage().latency());
    }
    return sum / row.replications().size();
  }

  private static List<BestSetting> choose(
      SweepResult result, String platform, List<Integer> settingAxes, TuningRule rule) {
    Map<List<String>, List<SweepRow>> byContext = new LinkedHashMap<>();
    for (SweepRow row : result.rowsOf(platform)) {
      List<String> context = new ArrayList<>();
      for (int a = 0; a < result.axes().size(); a++) {
        if (!settingAxes.contains(a)) {
          context.add(row.point().values().get(a));
        }
      }
      byContext.computeIfAbsent(context, c -> new ArrayList<>()).add(row);
    }
    List<BestSetting> chosen = new ArrayList<>();
    for (Map.Entry<List<String>, List<SweepRow>> group : byContext.entrySet()) {
      List<SweepRow> ok = new ArrayList<>();
      List<SweepRow> failing = new ArrayList<>();
      for (SweepRow row : group.getValue()) {
        boolean failed = row.replications().stream().anyMatch(r -> failed(r));
        (failed ? failing : ok).add(row);
      }
      SweepRow cheapest = null;
      SweepRow fastest = null;
      for (SweepRow row : ok) {
        if (cheapest == null || cheaper(row, cheapest, rule.latency())) {
          cheapest = row;
        }
        if (fastest == null || faster(row, fastest, rule.latency())) {
          fastest = row;
        }
      }
      SweepRow balanced = null;
      if (fastest != null) {
        double limit =
            latencyNanos(fastest, rule.latency()) * (1 + rule.slowerShare().doubleValue());
        for (SweepRow row : ok) {
          if (latencyNanos(row, rule.latency()) <= limit
              && (balanced == null || cheaper(row, balanced, rule.latency()))) {
            balanced = row;
          }
        }
      }
      chosen.add(
          new BestSetting(
              platform, settingAxes, group.getKey(), cheapest, fastest, balanced, failing));
    }
    return chosen;
  }

  /** Returns whether a run had requests that failed or were throttled. */
  private static boolean failed(PlatformResult run) {
    return run.usage().errors() > 0 || run.usage().throttled() > 0;
  }

  /** Returns whether {@code a} is strictly cheaper than {@code b}, or as cheap and faster. */
  private static boolean cheaper(SweepRow a, SweepRow b, LatencyFigure figure) {
    int byCost = a.meanTotalUsd().compareTo(b.meanTotalUsd());
    return byCost < 0 || (byCost == 0 && latencyNanos(a, figure) < latencyNanos(b, figure));
  }

  /** Returns whether {@code a} is strictly faster than {@code b}, or as fast and cheaper. */
  private static boolean faster(SweepRow a, SweepRow b, LatencyFigure figure) {
    int bySpeed = Double.compare(latencyNanos(a, figure), latencyNanos(b, figure));
    return bySpeed < 0 || (bySpeed == 0 && a.meanTotalUsd().compareTo(b.meanTotalUsd()) < 0);
  }
}
