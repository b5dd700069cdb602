package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a Google Cloud Run service with request-based billing: instances that serve up to
 * {@code concurrency} requests at once, billed for vCPU-seconds and GiB-seconds while at least one
 * request is active, in 100 ms steps, plus requests.
 *
 * @param pool instance size, concurrency, minimum and maximum instances, startup and idle timeout
 * @param freeTier whether the billing account's monthly free tier is credited to this service
 * @param region the provider's region whose prices apply, e.g. us-central1
 */
public record CloudRunSpec(
    String name, Pool pool, boolean freeTier, String region, Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Cloud Run rounds billable instance time up to the next 100 ms. */
  public static final long BILLING_STEP_NANOS = 100 * SimTime.NANOS_PER_MILLISECOND;

  /**
   * The random stream of the model's cold-start durations: one per model, not per platform, so
   * platforms of one model that differ only in their bill (a memory size's architecture, a region)
   * simulate identically, and configurations compared in one run differ by their settings, not by
   * separate draws (common random numbers, as for the requests).
   */
  static final String STREAM = "platform/cloud-run/cold-start";

  /** Checks the settings. */
  public CloudRunSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(pool, "pool");
    if (pool.cpu().milliVcpus() < CpuShare.FULL && pool.concurrency() > 1) {
      throw new IllegalArgumentException("below 1 vCPU, Cloud Run's concurrency must be 1");
    }
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return pool.maxVcpus();
  }

  /** Leaves out the name, free tier, region and prices. */
  @Override
  public PlatformSpec simulated() {
    return new CloudRunSpec("", pool, false, "", Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new InstancePoolModel(host, pool, BILLING_STEP_NANOS, streams.stream(STREAM));
  }
}
