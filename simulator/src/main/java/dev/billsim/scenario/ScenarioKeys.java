package dev.billsim.scenario;

import dev.billsim.billing.BillingRules;
import dev.billsim.platform.PlatformKind;
import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.DistributionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the keys each mapping of a scenario file may have and the names of its kinds: the readers
 * accept exactly these, and a test holds docs/scenario.schema.json to the same lists.
 */
final class ScenarioKeys {
  /** The keys of the top-level mapping. */
  static final List<String> TOP =
      List.of(
          "name",
          "description",
          "horizon",
          "warmup",
          "billing-month",
          "seed",
          "parameters",
          "traffic",
          "requests",
          "platforms");

  /** The keys of one request class. */
  static final List<String> REQUEST = List.of("name", "weight", "steps", "static");

  /** The keys every traffic mapping may have, whatever its arrival process. */
  static final List<String> TRAFFIC_COMMON = List.of("arrivals", "sessions", "websockets");

  /** The keys of {@code traffic.sessions}. */
  static final List<String> SESSION = List.of("interactions", "think-time");

  /** The keys of one stage of {@code arrivals: stages}. */
  static final List<String> STAGE = List.of("duration", "target");

  /** The keys of an {@code llm} step. */
  static final List<String> LLM = List.of("ttft", "itl", "tokens");

  /** The name of the empirical distribution, of durations and of counts. */
  static final String EMPIRICAL = "empirical";

  /** The name of the mixture distribution of durations. */
  static final String MIXTURE = "mixture";

  /** The keys of an empirical duration distribution. */
  static final List<String> EMPIRICAL_DURATION =
      List.of("file", "column", "unit", "percentiles", DistributionKind.CAP_KEY);

  /** The keys of an empirical count distribution: no unit, no cap. */
  static final List<String> EMPIRICAL_COUNT = List.of("file", "column", "percentiles");

  /** The keys of one component of a mixture. */
  static final List<String> MIXTURE_COMPONENT = List.of("weight", "distribution");

  /** The name of the geometric count distribution. */
  static final String GEOMETRIC = "geometric";

  /** The name of the uniform count distribution. */
  static final String UNIFORM_COUNT = "uniform";

  /** The name of a count read from a trace column. */
  static final String COLUMN = "column";

  /** The keys of a step duration read from a trace column. */
  static final List<String> COLUMN_DURATION = List.of("column", "unit");

  /** The keys of {@code {geometric: {...}}}. */
  static final List<String> GEOMETRIC_PARAMETERS = List.of("mean");

  /** The keys of a uniform count, {@code {uniform: {...}}}. */
  static final List<String> UNIFORM_COUNT_PARAMETERS = List.of("min", "max");

  /** The keys of a custom EC2 instance type. */
  static final List<String> CUSTOM_INSTANCE = List.of("vcpus", "memory", "usd-per-hour");

  /** The keys of a Durable Objects {@code keys:} mapping: exactly one of them. */
  static final List<String> OBJECT_KEYS = List.of("zipf", "column");

  /** The keys of {@code traffic.websockets}. */
  static final List<String> WEBSOCKETS =
      List.of("lifetime", "message-interval", "connect", "message");

  /** The keys of one window of Lambda provisioned concurrency. */
  static final List<String> PROVISIONED_WINDOW = List.of("level", "from", "to", "daily");

  /** The keys of an EC2 or Fargate {@code scaling:} policy. */
  static final List<String> SCALING =
      List.of("min", "max", "target-cpu", "evaluation", "boot", "scale-in-cooldown");

  /** The keys every platform may have, whatever its model. */
  static final List<String> PLATFORM_COMMON = List.of("name", "model", "prices");

  private static final Map<ArrivalKind, List<String>> ARRIVAL_KEYS =
      new EnumMap<>(ArrivalKind.class);
  private static final Map<PlatformKind, List<String>> MODEL_KEYS =
      new EnumMap<>(PlatformKind.class);

  static {
    ARRIVAL_KEYS.put(ArrivalKind.POISSON, List.of("rate"));
    ARRIVAL_KEYS.put(ArrivalKind.CONSTANT, List.of("rate"));
    ARRIVAL_KEYS.put(
        ArrivalKind.DIURNAL, List.of("rate", "peak-to-trough", "peak-hour", "hourly", "weekly"));
    ARRIVAL_KEYS.put(
        ArrivalKind.BURSTY, List.of("calm-rate", "burst-rate", "calm-time", "burst-time"));
    ARRIVAL_KEYS.put(ArrivalKind.STAGES, List.of("start-rate", "stages"));
    ARRIVAL_KEYS.put(ArrivalKind.TRACE, List.of("file", "column", "format", "speed", "loop"));
    MODEL_KEYS.put(PlatformKind.WORKERS, List.of("plan", "cpu-limit"));
    MODEL_KEYS.put(
        PlatformKind.LAMBDA,
        List.of(
            "memory",
            "arch",
            "keep-alive",
            "cold-start",
            "concurrency-limit",
            "free-tier",
            "provisioned-concurrency",
            "front-door",
            "ephemeral-storage"));
    List<String> fleet =
        List.of(
            "count", "scaling", "max-concurrency", "queue-timeout", "discount", "load-balancer");
    MODEL_KEYS.put(PlatformKind.EC2, concat(List.of("instance"), fleet));
    MODEL_KEYS.put(PlatformKind.FARGATE, concat(List.of("vcpu", "memory", "arch"), fleet));
    MODEL_KEYS.put(
        PlatformKind.CLOUD_RUN,
        List.of(
            "vcpu",
            "memory",
            "concurrency",
            "target-cpu",
            "min-instances",
            "max-instances",
            "cold-start",
            "idle-timeout",
            "queue-timeout",
            "free-tier"));
    MODEL_KEYS.put(
        PlatformKind.VERCEL,
        List.of(
            "plan",
            "memory",
            "concurrency",
            "target-cpu",
            "cold-start",
            "idle-timeout",
            "usage-credit"));
    MODEL_KEYS.put(PlatformKind.DURABLE_OBJECTS, List.of("plan", "objects", "keys", "hibernation"));
    MODEL_KEYS.put(
        PlatformKind.LAMBDA_MANAGED,
        List.of("instance", "count", "concurrency-per-vcpu", "discount"));
  }

  private ScenarioKeys() {}

  /** Returns the keys of an arrival process's own, besides {@link #TRAFFIC_COMMON}. */
  static List<String> arrivalKeys(ArrivalKind kind) {
    return ARRIVAL_KEYS.get(kind);
  }

  /** Returns every key a traffic mapping with this arrival process may have. */
  static List<String> traffic(ArrivalKind kind) {
    return concat(TRAFFIC_COMMON, ARRIVAL_KEYS.get(kind));
  }

  /** Returns every key a platform of this model may have. */
  static List<String> platform(PlatformKind kind) {
    return concat(PLATFORM_COMMON, MODEL_KEYS.get(kind));
  }

  /** Returns every key a platform of any model may have, common keys first. */
  static List<String> anyPlatform() {
    List<String> keys = new ArrayList<>(PLATFORM_COMMON);
    for (PlatformKind kind : PlatformKind.values()) {
      MODEL_KEYS.get(kind).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    }
    return List.copyOf(keys);
  }

  /** Returns the keys of {@code prices:} on a platform of this model. */
  static List<String> prices(PlatformKind kind) {
    return BillingRules.priceKeys(kind);
  }

  /** Returns the keys of a distribution's parameter mapping: its parameters, then the cap. */
  static List<String> parameters(DistributionKind kind) {
    List<String> keys = new ArrayList<>();
    kind.parameterSets()
        .forEach(set -> set.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    if (kind.acceptsCap()) {
      keys.add(DistributionKind.CAP_KEY);
    }
    return List.copyOf(keys);
  }

  /** Returns the names of the duration distributions: the parametric ones, then the others. */
  static List<String> durationKinds() {
    List<String> names = new ArrayList<>();
    for (DistributionKind kind : DistributionKind.values()) {
      names.add(kind.key());
    }
    names.add(EMPIRICAL);
    names.add(MIXTURE);
    return List.copyOf(names);
  }

  /** Returns the names of the count distributions; a trace column only where one is allowed. */
  static List<String> countKinds(boolean allowColumn) {
    return allowColumn
        ? List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL, COLUMN)
        : List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> keys = new ArrayList<>(first);
    keys.addAll(second);
    return List.copyOf(keys);
  }
}
