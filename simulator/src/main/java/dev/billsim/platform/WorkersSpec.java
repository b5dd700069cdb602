package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures Cloudflare Workers.
 *
 * @param plan the Workers plan
 * @param cpuLimitNanos CPU time after which a request is stopped (and fails)
 * @param requestsPerDay requests allowed per UTC day before the rest fail; 0 for no limit
 */
public record WorkersSpec(
    String name, Plan plan, long cpuLimitNanos, long requestsPerDay, Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Names the Workers plans. */
  public enum Plan {
    /** Workers Paid, the Standard usage model: $5 a month with allowances, then usage. */
    STANDARD("standard"),
    /** Workers Free: a daily request quota and 10 ms of CPU per request, no charge. */
    FREE("free");

    private final String key;

    Plan(String key) {
      this.key = key;
    }

    /** Returns the scenario-file name of the plan. */
    public String key() {
      return key;
    }
  }

  /** Checks the settings. */
  public WorkersSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
    if (cpuLimitNanos <= 0) {
      throw new IllegalArgumentException("cpu limit must be positive: " + cpuLimitNanos);
    }
    if (requestsPerDay < 0) {
      throw new IllegalArgumentException("requests per day must not be negative");
    }
    prices = Map.copyOf(prices);
  }

  /** Leaves out the name and prices. */
  @Override
  public PlatformSpec simulated() {
    return new WorkersSpec("", plan, cpuLimitNanos, requestsPerDay, Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new WorkersModel(host, this);
  }
}
