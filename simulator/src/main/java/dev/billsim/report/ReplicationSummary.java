package dev.billsim.report;

import dev.billsim.run.PlatformResult;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import dev.billsim.stats.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises replications: per platform, the mean and 95% interval of every {@link Quantities}
 * number; and each platform's monthly cost against the cheapest, paired by replication.
 *
 * <p>Pairing is what makes the comparison sharp: every platform of a replication sees the same
 * requests (common random numbers), so most of the month-to-month noise cancels in the difference.
 * A line item absent from a replication's bill (a tier not reached) counts as zero there.
 */
final class ReplicationSummary {
  private final List<String> platforms = new ArrayList<>();
  private final List<Map<String, Interval>> intervals = new ArrayList<>();
  private final List<Comparison> comparisons = new ArrayList<>();
  private final int count;

  /**
   * States one platform's cost minus the cheapest's, per replication.
   *
   * @param platform the dearer platform
   * @param cheapest the platform with the lowest mean monthly cost
   * @param differenceUsd the mean difference per month and its paired interval
   */
  record Comparison(String platform, String cheapest, Interval differenceUsd) {
    /** Returns whether the interval excludes zero (always false with one replication). */
    boolean significant() {
      return differenceUsd.hasInterval() && !differenceUsd.holdsZero();
    }
  }

  ReplicationSummary(ReplicatedResult result) {
    count = result.count();
    RunResult first = result.first();
    int platformCount = first.platforms().size();
    List<List<Map<String, BigDecimal>>> values = new ArrayList<>();
    for (int p = 0; p < platformCount; p++) {
      platforms.add(first.platforms().get(p).platform().name());
      List<Map<String, BigDecimal>> perRun = new ArrayList<>();
      for (RunResult run : result.runs()) {
        perRun.add(Quantities.of(run.platforms().get(p)));
      }
      values.add(perRun);
      intervals.add(summarise(perRun));
    }
    int cheapest = 0;
    for (int p = 1; p < platformCount; p++) {
      if (total(p).mean().compareTo(total(cheapest).mean()) < 0) {
        cheapest = p;
      }
    }
    for (int p = 0; p < platformCount; p++) {
      if (p == cheapest) {
        continue;
      }
      List<BigDecimal> differences = new ArrayList<>();
      for (int r = 0; r < count; r++) {
        differences.add(
            values
                .get(p)
                .get(r)
                .get(Quantities.TOTAL_USD)
                .subtract(values.get(cheapest).get(r).get(Quantities.TOTAL_USD)));
      }
      comparisons.add(
          new Comparison(platforms.get(p), platforms.get(cheapest), Interval.of(differences)));
    }
  }

  /** Returns the mean and interval of every quantity of one platform over its replications. */
  static Map<String, Interval> intervals(List<PlatformResult> replications) {
    List<Map<String, BigDecimal>> perRun = new ArrayList<>();
    for (PlatformResult result : replications) {
      perRun.add(Quantities.of(result));
    }
    return summarise(perRun);
  }

  private static Map<String, Interval> summarise(List<Map<String, BigDecimal>> perRun) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, BigDecimal> run : perRun) {
      names.addAll(run.keySet());
    }
    Map<String, Interval> result = new LinkedHashMap<>();
    for (String name : names) {
      List<BigDecimal> observations = new ArrayList<>();
      for (Map<String, BigDecimal> run : perRun) {
        observations.add(run.getOrDefault(name, BigDecimal.ZERO));
      }
      result.put(name, Interval.of(observations));
    }
    return result;
  }

  /** Returns the number of replications. */
  int count() {
    return count;
  }

  /** Returns the platform names, in scenario order. */
  List<String> platforms() {
    return platforms;
  }

  /** Returns a platform's intervals by quantity name, in report order. */
  Map<String, Interval> intervals(int platform) {
    return intervals.get(platform);
  }

  /** Returns a platform's monthly total. */
  Interval total(int platform) {
    return intervals.get(platform).get(Quantities.TOTAL_USD);
  }

  /** Returns every platform but the cheapest against the cheapest, in scenario order. */
  List<Comparison> comparisons() {
    return comparisons;
  }
}
