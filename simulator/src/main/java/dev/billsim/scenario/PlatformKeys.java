package dev.billsim.scenario;

import dev.billsim.billing.Provider;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Alb;
import dev.billsim.platform.Arch;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.ProvisionedConcurrency;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declares the keys every platform has and those of {@code workers}, {@code durable-objects} and
 * {@code lambda}: the one place their names, defaults, bounds and descriptions are written.
 */
final class PlatformKeys {
  private PlatformKeys() {}

  /** The platform's name. */
  static final Key<String> NAME =
      Key.of(
              "name",
              KeyType.text("a platform name"),
              "The platform's name, unique among the platforms; the name in every report.")
          .hint("e.g. lambda-1024")
          .mandatory();

  /** The catalog prices a platform replaces; read against its model's price keys. */
  static final Key<Object> PRICES =
      Key.of(
              "prices",
              KeyType.structured("mapping", v -> "", "{}"),
              "Catalog prices this platform replaces, for what-ifs and negotiated prices.")
          .byDefault("the catalog's");

  /** Returns the {@code model} key of a platform of this model, whose value is the constant. */
  static Key<Object> model(PlatformKind kind) {
    return Key.of(
            "model",
            KeyType.structured("model", v -> "", "{\"const\": \"" + kind.key() + "\"}"),
            kind.ownKeys().description())
        .mandatory();
  }

  /** Returns the keys every platform of this model has: name, model and prices. */
  static KeyTable common(PlatformKind kind) {
    Key<Object> prices =
        new Key<>(
            PRICES.name(),
            KeyType.structured(
                "mapping", v -> "", "{\"$ref\": \"#/$defs/prices-" + kind.key() + "\"}"),
            null,
            PRICES.defaultText(),
            null,
            null,
            null,
            "",
            false,
            PRICES.description());
    return KeyTable.of("platform", "", NAME, model(kind), prices);
  }

  /** Returns the table of this model's keys: the common ones, then its own. */
  static KeyTable table(PlatformKind kind) {
    KeyTable all = common(kind).plus(kind.ownKeys());
    return new KeyTable(
        all.def(), "A platform with model: " + kind.key() + ". " + all.description(), all.keys());
  }

  /** Returns every key a platform of any model may have, common keys first. */
  static List<String> anyPlatform() {
    Set<String> keys = new LinkedHashSet<>();
    for (PlatformKind kind : PlatformKind.values()) {
      keys.addAll(table(kind).names());
    }
    return List.copyOf(keys);
  }

  /** An AWS platform's region. */
  static final Key<String> AWS_REGION = region(Provider.AWS, "eu-west-1");

  /** A Google platform's region. */
  static final Key<String> GOOGLE_REGION = region(Provider.GOOGLE, "europe-west1");

  private static Key<String> region(Provider provider, String example) {
    return Key.of(
            "region",
            KeyType.text("a region code"),
            "The region whose prices apply, e.g. "
                + example
                + "; billsim prices --regions lists those the catalog prices.")
        .byDefault(provider.homeRegion(), provider.homeRegion())
        .hint("e.g. region: " + example);
  }

  /** The names of the keys every platform has. */
  static final List<String> COMMON_NAMES = List.of("name", "model", "prices");

  /** The keys of a Durable Objects {@code keys:} mapping: exactly one of them. */
  static final List<String> OBJECT_KEY_KINDS = List.of("zipf", "column");

  /** The Workers plan. */
  static final Key<WorkersSpec.Plan> WORKERS_PLAN =
      Key.of(
              "plan",
              KeyType.choice(WorkersSpec.Plan.values(), WorkersSpec.Plan::key),
              "standard: Workers Paid, $5 a month including 10 M requests and 30 M CPU-ms; free:"
                  + " no charge, 10 ms of CPU per request, 100,000 requests per UTC day.")
          .byDefault(WorkersSpec.Plan.STANDARD);

  /** The CPU limit per request; its default and bounds come from the catalog, per plan. */
  static final Key<Long> CPU_LIMIT =
      Key.of(
              "cpu-limit",
              KeyType.duration(),
              "The CPU time a request may use before it is stopped and fails. standard: above 0,"
                  + " at most 5m; free: fixed at 10ms (only 10ms may be written).")
          .byDefault("30s on standard");

  /** The keys of {@code model: workers}. */
  static final KeyTable WORKERS =
      KeyTable.of(
          "platform-workers",
          "Cloudflare Workers: isolates, billed on CPU time and requests.",
          WORKERS_PLAN,
          CPU_LIMIT);

  /** Lambda's memory: AWS's own default, within the bounds {@link LambdaSpec} enforces. */
  static final Key<Long> MEMORY =
      Key.of(
              "memory",
              KeyType.memoryMb(),
              "The function's memory, in 1 MB steps; CPU share grows with it (one vCPU at"
                  + " 1769MB).")
          .byDefault(128L)
          .between(
              LambdaSpec.MIN_MEMORY_MB,
              LambdaSpec.MAX_MEMORY_MB,
              "a memory size from 128MB to 10240MB")
          .hint("Lambda memory is 128 MB to 10,240 MB in 1 MB steps");

  /** The architecture of a Lambda function or a Fargate task. */
  static final Key<Arch> ARCH =
      Key.of(
              "arch",
              KeyType.choice(Arch.values(), Arch::key),
              "The architecture, which selects the price tiers.")
          .byDefault(Arch.X86_64);

  /** Idle time before Lambda reclaims an environment; AWS publishes none, 5-15 min is observed. */
  static final Key<Long> KEEP_ALIVE =
      Key.of(
              "keep-alive",
              KeyType.duration(),
              "How long an idle execution environment lives before it is reclaimed, zero or"
                  + " more; AWS publishes no figure, and 10 minutes is in the middle of the 5 to 15"
                  + " minutes commonly reported.")
          .byDefault(10 * SimTime.NANOS_PER_MINUTE);

  /** A typical managed-runtime INIT: median 300 ms, 99th percentile 1.2 s. */
  static final Key<DurationDistribution> COLD_START =
      Key.of(
              "cold-start",
              KeyType.<DurationDistribution>structured(
                  "distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}"),
              "The INIT duration of a new execution environment; 0ms makes cold starts instant"
                  + " (still counted).")
          .byDefault(
              lognormal(300 * SimTime.NANOS_PER_MILLISECOND, 1200 * SimTime.NANOS_PER_MILLISECOND),
              "{lognormal: {median: 300ms, p99: 1.2s}}");

  /** The trace column of each request's recorded INIT, for an exact replay of a Lambda log. */
  static final Key<ColumnDuration> RECORDED_INIT =
      Key.of(
              "recorded-init",
              KeyType.<ColumnDuration>structured(
                  "{column, unit}", v -> "", "{\"$ref\": \"#/$defs/column-duration\"}"),
              "Cold starts as a trace recorded them (billsim import writes it): a request whose"
                  + " column is above 0 starts a new environment with that INIT; one with 0 runs on"
                  + " an idle environment, or on a new one without INIT if none is idle."
                  + " Replaces cold-start; needs arrivals: trace.")
          .byDefault("none: cold starts as the model makes them");

  /** Lambda's default concurrency quota per account and region. */
  static final Key<Long> CONCURRENCY_LIMIT =
      Key.of(
              "concurrency-limit",
              KeyType.integer(),
              "Requests in flight before Lambda throttles, provisioned ones included.")
          .byDefault(1000L, "1000 (AWS's default account quota)")
          .between(1, 10_000_000)
          .hint("the number of requests in flight before Lambda throttles, e.g. 1000");

  /** Whether the free tier is credited; its default depends on provisioned concurrency. */
  static final Key<Boolean> FREE_TIER =
      Key.of(
              "free-tier",
              KeyType.bool(),
              "Whether to credit the monthly free tier (1 M requests, 400,000 GB-s of on-demand"
                  + " duration) to this platform.")
          .byDefault("true, or false with provisioned-concurrency");

  /** A constant level or windows of provisioned concurrency. */
  static final Key<ProvisionedConcurrency> PROVISIONED =
      Key.of(
              "provisioned-concurrency",
              KeyType.<ProvisionedConcurrency>structured(
                  "whole number, or a list of windows",
                  v -> "",
                  """
                  {"anyOf": [
                    {"type": "integer", "minimum": 1, "maximum": 10000000},
                    {"type": "string", "pattern": "\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?[0-9]+\\\\s*$"},
                    {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/provisioned-window"}}
                  ]}"""),
              "Provisioned concurrency: a constant level (environments always warm), or a list"
                  + " of windows {level, from, to, daily}. Configured GB-s are billed in 5-minute"
                  + " steps at the provisioned rate, invocations on it at the lower provisioned"
                  + " duration rate; requests above it spill over to on-demand environments."
                  + " With it, free-tier defaults to false (AWS: the free tier does not apply).")
          .byDefault("none");

  /** What receives a function's requests. */
  static final Key<LambdaSpec.FrontDoor> FRONT_DOOR =
      Key.of(
              "front-door",
              KeyType.choice(
                  MapReader.byKey(LambdaSpec.FrontDoor.values(), LambdaSpec.FrontDoor::key),
                  "http-api is an API Gateway HTTP API, rest-api a REST API, websocket-api a"
                      + " WebSocket API (for traffic with websockets), alb an Application Load"
                      + " Balancer, none a direct invocation or function URL (nothing extra)"),
              "What receives the requests: none (direct invocation, function URL), http-api or"
                  + " rest-api (an Amazon API Gateway API, billed per million requests in tiers,"
                  + " throttled requests included), websocket-api (API Gateway's WebSocket API,"
                  + " billed per message and connection minute; only with traffic.websockets) or"
                  + " alb (an Application Load Balancer, billed per hour and LCU-hour).")
          .byDefault(LambdaSpec.FrontDoor.NONE);

  /** The listener rules of an Application Load Balancer, for its rule-evaluation LCUs. */
  static final Key<Long> ALB_RULES =
      Key.of(
              "alb-rules",
              KeyType.integer(),
              "The Application Load Balancer's listener rules each request is evaluated against"
                  + " (the default rule included); beyond the first 10, their evaluations are one"
                  + " of the LCU dimensions. Only with an ALB.")
          .between(1, Alb.MAX_RULES, "a whole number from 1 to 10,000")
          .hint("the number of listener rules, e.g. 12")
          .byDefault(1L);

  /** A function's /tmp, the first 512 MB included. */
  static final Key<Long> EPHEMERAL_STORAGE =
      Key.of(
              "ephemeral-storage",
              KeyType.memoryMb(),
              "The function's /tmp size; above 512 MB it is billed per GB-second of billed"
                  + " duration.")
          .byDefault(LambdaSpec.INCLUDED_EPHEMERAL_MB)
          .between(
              LambdaSpec.INCLUDED_EPHEMERAL_MB,
              LambdaSpec.MAX_MEMORY_MB,
              "an ephemeral storage size from 512MB to 10240MB")
          .hint("the first 512 MB are included; e.g. ephemeral-storage: 2048MB");

  /** Whether a function streams its responses. */
  static final Key<Boolean> RESPONSE_STREAMING =
      Key.of(
              "response-streaming",
              KeyType.bool(),
              "Whether the function streams its responses: bytes beyond the first 6 MB of each"
                  + " response are billed per GB (100 GB a month free with free-tier). A buffered"
                  + " response (false) is limited to 6 MB: a larger one fails and counts as an"
                  + " error. Matters only when requests give response-size.")
          .byDefault(Boolean.FALSE);

  /** The keys of {@code model: lambda}. */
  static final KeyTable LAMBDA =
      KeyTable.of(
          "platform-lambda",
          "AWS Lambda on demand: one request per execution environment, billed on GB-seconds"
              + " (wall time x memory).",
          AWS_REGION,
          MEMORY,
          ARCH,
          KEEP_ALIVE,
          COLD_START,
          RECORDED_INIT,
          CONCURRENCY_LIMIT,
          FREE_TIER,
          PROVISIONED,
          FRONT_DOOR,
          ALB_RULES,
          EPHEMERAL_STORAGE,
          RESPONSE_STREAMING);

  /** The level of one provisioned window. */
  static final Key<Long> LEVEL =
      Key.of(
              "level",
              KeyType.integer(),
              "Provisioned environments in the window, at most concurrency-limit.")
          .between(1, 10_000_000)
          .hint("the number of provisioned environments, e.g. 100")
          .mandatory();

  /** The start of one provisioned window. */
  static final Key<Long> FROM =
      Key.of(
              "from",
              KeyType.duration(),
              "Start of the window: since time 0, or since midnight with daily: true.")
          .mandatory();

  /** The end of one provisioned window. */
  static final Key<Long> TO =
      Key.of(
              "to",
              KeyType.duration(),
              "End of the window (exclusive); at most 24h with daily: true.")
          .mandatory();

  /** Whether a provisioned window recurs every day. */
  static final Key<Boolean> DAILY =
      Key.of("daily", KeyType.bool(), "Whether the window repeats every day.")
          .byDefault(Boolean.FALSE);

  /** The keys of one window of Lambda provisioned concurrency. */
  static final KeyTable PROVISIONED_WINDOW =
      KeyTable.of(
          "provisioned-window",
          "One window of provisioned concurrency: level environments from `from` to `to`"
              + " (simulated time since 0, or time of day with daily: true).",
          LEVEL,
          FROM,
          TO,
          DAILY);

  /** The plan of a Durable Objects namespace. */
  static final Key<WorkersSpec.Plan> OBJECTS_PLAN =
      Key.of(
              "plan",
              KeyType.choice(WorkersSpec.Plan.values(), WorkersSpec.Plan::key),
              "The Workers plan: standard (Workers Paid: $5 a month, then usage) or free (daily"
                  + " limits, no charge).")
          .byDefault(WorkersSpec.Plan.STANDARD);

  /** How many objects the keys spread over. */
  static final Key<Long> OBJECTS =
      Key.of("objects", KeyType.integer(), "How many objects the keys spread over.")
          .byDefault(1L)
          .between(1, 10_000_000)
          .hint("the number of objects keys spread over, e.g. 100");

  /** How a request picks its object. */
  static final Key<dev.billsim.platform.ObjectKeys> KEYS =
      Key.of(
              "keys",
              KeyType.<dev.billsim.platform.ObjectKeys>structured(
                  "`uniform`, `{zipf: S}` or `{column: NAME}`",
                  v -> "",
                  """
                  {"anyOf": [
                    {"const": "uniform"},
                    {"type": "object", "properties": {
                      "zipf": {"description": "The Zipf exponent s, above 0.", "anyOf": [
                        {"type": "number", "minimum": 0, "maximum": 1E+300},
                        {"type": "string", "pattern": "\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$"}]},
                      "column": {"type": "string", "description": "The trace column holding the key."}},
                     "minProperties": 1, "maxProperties": 1, "additionalProperties": false}
                  ]}"""),
              "How requests pick an object: uniform, {zipf: EXPONENT} (object k with probability"
                  + " proportional to 1/k^s), or {column: NAME} (a trace column's value modulo"
                  + " objects).")
          .byDefault(dev.billsim.platform.ObjectKeys.uniform(), "uniform");

  /** Whether WebSockets use the Hibernation API. */
  static final Key<Boolean> HIBERNATION =
      Key.of(
              "hibernation",
              KeyType.bool(),
              "Whether WebSockets use the Hibernation API: an object is then billed only while"
                  + " handlers run; without it, while a connection is open.")
          .byDefault(Boolean.FALSE);

  /** The keys of {@code model: durable-objects}. */
  static final KeyTable DURABLE_OBJECTS =
      KeyTable.of(
          "platform-durable-objects",
          "Cloudflare Durable Objects: single-threaded objects reached by key, billed on"
              + " requests (WebSocket messages at 20:1) and active duration at 128 MB.",
          OBJECTS_PLAN,
          OBJECTS,
          KEYS,
          HIBERNATION);

  /** Returns a lognormal duration distribution without a cap. */
  static DurationDistribution lognormal(long medianNanos, long p99Nanos) {
    return new ParametricDistribution(
        DistributionKind.LOGNORMAL,
        Map.of("median", medianNanos, "p99", p99Nanos),
        DurationDistribution.NO_CAP);
  }
}
