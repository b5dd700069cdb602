package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures Vercel Functions on Fluid compute with Active CPU pricing: instances that serve many
 * requests at once, billed for active CPU (CPU steps only), provisioned memory while any request is
 * in flight on an instance, and invocations, after the plan's allowances.
 *
 * @param pool instance size, concurrency, startup and idle timeout (no minimum)
 * @param plan the Vercel plan, which sets the allowances
 * @param usageCredit whether the Pro plan's monthly usage credit is credited to this project (the
 *     team's other projects may spend it); no effect on Hobby, which has none
 */
public record VercelSpec(
    String name, Pool pool, Plan plan, boolean usageCredit, Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Billsim rounds provisioned-memory time to the millisecond, as Vercel meters Active CPU. */
  public static final long BILLING_STEP_NANOS = SimTime.NANOS_PER_MILLISECOND;

  /** Names Vercel's plans. */
  public enum Plan {
    /** Pro: allowances, then on-demand rates, against a monthly usage credit. */
    PRO("pro"),
    /** Hobby: free, non-commercial, hard allowances (a project is paused beyond them). */
    HOBBY("hobby");

    private final String key;

    Plan(String key) {
      this.key = key;
    }

    /** Returns the scenario-file name. */
    public String key() {
      return key;
    }
  }

  /**
   * The random stream of the model's cold-start durations: one per model, not per platform, so
   * platforms of one model that differ only in their bill (a memory size's architecture, a region)
   * simulate identically, and configurations compared in one run differ by their settings, not by
   * separate draws (common random numbers, as for the requests).
   */
  static final String STREAM = "platform/vercel/cold-start";

  /** Checks the settings. */
  public VercelSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(plan, "plan");
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return pool.maxVcpus();
  }

  /** Leaves out the name, usage credit and prices. */
  @Override
  public PlatformSpec simulated() {
    return new VercelSpec("", pool, plan, false, Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new InstancePoolModel(host, pool, BILLING_STEP_NANOS, streams.stream(STREAM));
  }
}
