package dev.billsim.sweep;

import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * States what one platform did at one point of a sweep: the point's values, the scenario as run
 * there, and the platform's usage and monthly bill, exactly as {@code billsim run --set} reports
 * them; with {@code --replications}, every replication's too, the first being {@code result}.
 */
public record SweepRow(
    SweepPoint point, Scenario scenario, PlatformResult result, List<PlatformResult> replications) {
  /** Checks that all parts are present, and that the first replication is the result. */
  public SweepRow {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    replications = List.copyOf(replications);
    // Identity first: a single run's row holds the result itself, and a record's first equals
    // call costs milliseconds of linking (benchmarks/README.md, issue 21's eighth round).
    if (replications.isEmpty()
        || (replications.get(0) != result && !replications.get(0).equals(result))) {
      throw new IllegalArgumentException("the first replication must be the result");
    }
  }

  /** Creates the row of a single run. */
  public SweepRow(SweepPoint point, Scenario scenario, PlatformResult result) {
    this(point, scenario, result, List.of(result));
  }

  /** Returns the platform's name in the scenario. */
  public String platform() {
    return result.platform().name();
  }

  /** Returns the monthly bill's total in US dollars, exact. */
  public BigDecimal totalUsd() {
    return result.bill().totalUsd();
  }

  /**
   * Returns the mean of the replications' monthly totals, exact to 34 digits: the total itself for
   * a single run. Charts and crossovers use it, so that replications smooth them.
   */
  public BigDecimal meanTotalUsd() {
    BigDecimal sum = BigDecimal.ZERO;
    for (PlatformResult replication : replications) {
      sum = sum.add(replication.bill().totalUsd());
    }
    return replications.size() == 1
        ? sum
        : sum.divide(BigDecimal.valueOf(replications.size()), MathContext.DECIMAL128);
  }

  /** Returns the monthly bill's line items. */
  public List<LineItem> items() {
    return result.bill().items();
  }

  /** Returns what the platform used over the horizon: the source of every metric. */
  public Usage usage() {
    return result.usage();
  }
}
