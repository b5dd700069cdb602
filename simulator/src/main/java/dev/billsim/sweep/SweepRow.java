package dev.billsim.sweep;

import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.Scenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * States what one platform did at one point of a sweep: the point's values, the scenario as run
 * there, and the platform's usage and monthly bill, exactly as {@code billsim run --set} reports
 * them.
 */
public record SweepRow(SweepPoint point, Scenario scenario, PlatformResult result) {
  /** Checks that all parts are present. */
  public SweepRow {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
  }

  /** Returns the platform's name in the scenario. */
  public String platform() {
    return result.platform().name();
  }

  /** Returns the monthly bill's total in US dollars, exact. */
  public BigDecimal totalUsd() {
    return result.bill().totalUsd();
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
