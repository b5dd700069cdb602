package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures Cloudflare Durable Objects: single-threaded objects that requests reach by key.
 *
 * @param objects how many objects the keys spread over
 * @param hibernation whether WebSockets use the Hibernation API: an object is then billed only
 *     while handlers run, not for as long as a connection is open
 * @param plan Workers Paid (standard) or Free, whose daily limits fail requests beyond them
 * @param requestsPerDay the free plan's daily request units (0: no limit)
 * @param gbSecondsPerDay the free plan's daily duration in GB-s (0: no limit)
 */
public record DurableObjectsSpec(
    String name,
    int objects,
    ObjectKeys keys,
    boolean hibernation,
    WorkersSpec.Plan plan,
    long requestsPerDay,
    long gbSecondsPerDay,
    Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Durable Objects bill duration at 128 MB, whatever memory an object uses. */
  public static final long BILLED_MEMORY_MB = 128;

  /** Incoming WebSocket messages count as one request per this many. */
  public static final int MESSAGES_PER_REQUEST = 20;

  /**
   * The random stream of the model's requests' objects: one per model, not per platform, so
   * platforms of one model that differ only in their bill (a memory size's architecture, a region)
   * simulate identically, and configurations compared in one run differ by their settings, not by
   * separate draws (common random numbers, as for the requests).
   */
  static final String STREAM = "platform/durable-objects/keys";

  /** Checks the settings. */
  public DurableObjectsSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(plan, "plan");
    if (objects < 1) {
      throw new IllegalArgumentException("at least one object: " + objects);
    }
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return objects;
  }

  @Override
  public List<String> traceColumns() {
    return keys.kind() == ObjectKeys.Kind.COLUMN ? List.of(keys.column()) : List.of();
  }

  /** Leaves out the name and prices. */
  @Override
  public PlatformSpec simulated() {
    return new DurableObjectsSpec(
        "", objects, keys, hibernation, plan, requestsPerDay, gbSecondsPerDay, Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new DurableObjectsModel(host, this, streams.stream(STREAM));
  }
}
