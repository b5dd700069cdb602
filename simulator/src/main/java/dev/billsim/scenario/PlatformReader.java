package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Arch;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.ObjectKeys;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.ProvisionedConcurrency;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of {@code platforms:} into a {@link PlatformSpec}, applying the documented
 * defaults (docs/scenario-format.md) and the limits of each provider.
 */
final class PlatformReader {
  /** Lambda memory when none is given: AWS's own default. */
  static final long DEFAULT_LAMBDA_MEMORY_MB = 128;

  /** Idle time before Lambda reclaims an environment; AWS publishes none, 5-15 min is observed. */
  static final long DEFAULT_KEEP_ALIVE_NANOS = 10 * SimTime.NANOS_PER_MINUTE;

  /** Lambda's default concurrency quota per account and region. */
  static final int DEFAULT_CONCURRENCY_LIMIT = 1000;

  /** A typical managed-runtime INIT: median 300 ms, 99th percentile 1.2 s. */
  static final DurationDistribution DEFAULT_COLD_START =
      new ParametricDistribution(
          DistributionKind.LOGNORMAL,
          Map.of(
              "median",
              300 * SimTime.NANOS_PER_MILLISECOND,
              "p99",
              1200 * SimTime.NANOS_PER_MILLISECOND),
          DurationDistribution.NO_CAP);

  private final PriceCatalog catalog;
  private final Problems problems;
  private final DistributionReader distributions;
  private final FleetReader fleets;
  private final PoolReader pools;

  PlatformReader(PriceCatalog catalog, Problems problems, DistributionReader distributions) {
    this.catalog = catalog;
    this.problems = problems;
    this.distributions = distributions;
    this.fleets = new FleetReader(catalog, problems);
    this.pools = new PoolReader(problems, distributions);
  }

  /** Reads a platform, or returns null after recording its problems. */
  PlatformSpec read(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          node,
          path,
          "a platform mapping with name and model",
          node.describe(),
          "e.g. {name: workers, model: workers}");
      return null;
    }
    PlatformKind kind = readKind(mapping, path);
    if (kind == null) {
      return null;
    }
    MapReader r =
        MapReader.open(
            node,
            path,
            problems,
            "a platform mapping",
            "e.g. {name: workers, model: workers}",
            ScenarioKeys.platform(kind));
    YamlNode nameNode =
        r.require(
            "name", "a platform name", "every platform needs a unique name, e.g. lambda-1024");
    String name = nameNode == null ? null : r.text("name", "a platform name", "e.g. lambda-1024");
    Map<String, BigDecimal> prices = readPrices(r, kind);
    int before = problems.count();
    PlatformSpec spec =
        switch (kind) {
          case WORKERS -> workers(r, name, prices);
          case LAMBDA -> lambda(r, name, prices);
          case EC2 -> fleets.ec2(r, name, prices);
          case FARGATE -> fleets.fargate(r, name, prices);
          case LAMBDA_MANAGED -> fleets.lambdaManaged(r, name, prices);
          case DURABLE_OBJECTS -> durableObjects(r, name, prices);
          case CLOUD_RUN -> pools.cloudRun(r, name, prices);
          case VERCEL -> pools.vercel(r, name, prices);
        };
    return problems.count() > before || name == null ? null : spec;
  }

  private PlatformKind readKind(YamlNode.Mapping mapping, String path) {
    Map<String, PlatformKind> kinds = MapReader.byKey(PlatformKind.values(), PlatformKind::key);
    YamlNode model = mapping.entries().get("model");
    if (model == null) {
      for (String key : mapping.entries().keySet()) {
        List<String> known = ScenarioKeys.anyPlatform();
        if (!known.contains(key) && "model".equals(Problems.closest(key, known))) {
          YamlNode.Position at = mapping.keys().get(key);
          problems.add(
              at.line(),
              at.column(),
              path + "." + key,
              "a known key",
              "unknown key '" + key + "'",
              "did you mean 'model'? e.g. model: lambda (one of: workers, lambda, ec2)");
          return null;
        }
      }
      problems.add(
          mapping,
          path + ".model",
          "one of " + String.join(", ", kinds.keySet()),
          "nothing: the key 'model' is missing",
          "add model: workers, lambda or ec2");
      return null;
    }
    String text =
        MapReader.text(
            model,
            path + ".model",
            "one of " + String.join(", ", kinds.keySet()),
            "e.g. model: lambda",
            problems);
    if (text == null) {
      return null;
    }
    PlatformKind kind = kinds.get(text.trim());
    if (kind == null) {
      problems.add(
          model,
          path + ".model",
          "one of " + String.join(", ", kinds.keySet()),
          model.describe(),
          Problems.suggest(text.trim(), kinds.keySet()));
    }
    return kind;
  }

  private Map<String, BigDecimal> readPrices(MapReader platform, PlatformKind kind) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    YamlNode node = platform.get("prices");
    if (node == null) {
      return prices;
    }
    List<String> keys = ScenarioKeys.prices(kind);
    MapReader r =
        MapReader.open(
            node,
            platform.keyPath("prices"),
            problems,
            "a mapping of price keys to amounts",
            "e.g. {" + keys.get(0) + ": 0.25}",
            keys);
    if (r == null) {
      return prices;
    }
    for (String key : r.node().entries().keySet()) {
      if (keys.contains(key)) {
        BigDecimal value =
            r.decimal(key, false, "a price in US dollars, or an allowance, e.g. 0.25");
        if (value != null) {
          prices.put(key, value);
        }
      }
    }
    return prices;
  }

  private WorkersSpec workers(MapReader r, String name, Map<String, BigDecimal> prices) {
    Map<String, WorkersSpec.Plan> plans =
        MapReader.byKey(WorkersSpec.Plan.values(), WorkersSpec.Plan::key);
    WorkersSpec.Plan plan = r.has("plan") ? r.choice("plan", plans) : WorkersSpec.Plan.STANDARD;
    Long limit = r.duration("cpu-limit");
    if (plan == null) {
      return null;
    }
    if (plan == WorkersSpec.Plan.FREE) {
      long freeLimit = millis("workers.free.cpu-ms-per-request");
      if (limit != null && limit != freeLimit) {
        problems.add(
            r.get("cpu-limit"),
            r.keyPath("cpu-limit"),
            "no cpu-limit on the free plan (fixed at " + SimTime.format(freeLimit) + ")",
            r.get("cpu-limit").describe(),
            "remove cpu-limit, or use plan: standard");
        return null;
      }
      if (!prices.isEmpty()) {
        problems.add(
            r.get("prices"),
            r.keyPath("prices"),
            "no prices on the free plan (it costs nothing)",
            "prices for " + String.join(", ", prices.keySet()),
            "remove prices, or use plan: standard to price a paid account");
        return null;
      }
      long perDay = catalog.price("workers.free.requests-per-day").value().longValueExact();
      return name == null ? null : new WorkersSpec(name, plan, freeLimit, perDay, prices);
    }
    long maxLimit = millis("workers.standard.max-cpu-limit-ms");
    if (limit == null) {
      limit = r.has("cpu-limit") ? null : millis("workers.standard.default-cpu-limit-ms");
    } else if (limit <= 0 || limit > maxLimit) {
      problems.add(
          r.get("cpu-limit"),
          r.keyPath("cpu-limit"),
          "a CPU limit above 0 and at most " + SimTime.format(maxLimit),
          r.get("cpu-limit").describe(),
          "Workers Standard allows up to 5m of CPU per request (default 30s)");
      return null;
    }
    return name == null || limit == null ? null : new WorkersSpec(name, plan, limit, 0, prices);
  }

  private LambdaSpec lambda(MapReader r, String name, Map<String, BigDecimal> prices) {
    Long memoryMb = r.has("memory") ? r.memoryMb("memory") : Long.valueOf(DEFAULT_LAMBDA_MEMORY_MB);
    if (memoryMb != null
        && (memoryMb < LambdaSpec.MIN_MEMORY_MB || memoryMb > LambdaSpec.MAX_MEMORY_MB)) {
      problems.add(
          r.get("memory"),
          r.keyPath("memory"),
          "a memory size from 128MB to 10240MB",
          r.get("memory").describe(),
          "Lambda memory is 128 MB to 10,240 MB in 1 MB steps");
      memoryMb = null;
    }
    Map<String, Arch> arches = MapReader.byKey(Arch.values(), Arch::key);
    Arch arch = r.has("arch") ? r.choice("arch", arches) : Arch.X86_64;
    Long keepAlive =
        r.has("keep-alive") ? r.duration("keep-alive") : Long.valueOf(DEFAULT_KEEP_ALIVE_NANOS);
    DurationDistribution coldStart =
        r.has("cold-start")
            ? distributions.duration(r.get("cold-start"), r.keyPath("cold-start"))
            : DEFAULT_COLD_START;
    Long limit =
        r.has("concurrency-limit")
            ? r.integer(
                "concurrency-limit",
                1,
                10_000_000,
                "the number of requests in flight before Lambda throttles, e.g. 1000")
            : Long.valueOf(DEFAULT_CONCURRENCY_LIMIT);
    ProvisionedConcurrency provisioned =
        r.has("provisioned-concurrency")
            ? provisioned(
                r.get("provisioned-concurrency"),
                r.keyPath("provisioned-concurrency"),
                limit,
                r.has("concurrency-limit"))
            : null;
    boolean provisionedOk = !r.has("provisioned-concurrency") || provisioned != null;
    // AWS: "The Lambda free tier does not apply to functions enabling Provisioned Concurrency."
    Boolean freeTier =
        r.has("free-tier") ? r.bool("free-tier") : Boolean.valueOf(provisioned == null);
    LambdaSpec.FrontDoor frontDoor =
        r.has("front-door")
            ? r.choice(
                "front-door",
                MapReader.byKey(LambdaSpec.FrontDoor.values(), LambdaSpec.FrontDoor::key),
                "http-api is an API Gateway HTTP API, rest-api a REST API, none a direct"
                    + " invocation or function URL (no API Gateway charge)")
            : LambdaSpec.FrontDoor.NONE;
    Long ephemeralMb =
        r.has("ephemeral-storage")
            ? r.memoryMb("ephemeral-storage")
            : Long.valueOf(LambdaSpec.INCLUDED_EPHEMERAL_MB);
    if (ephemeralMb != null
        && (ephemeralMb < LambdaSpec.INCLUDED_EPHEMERAL_MB
            || ephemeralMb > LambdaSpec.MAX_MEMORY_MB)) {
      problems.add(
          r.get("ephemeral-storage"),
          r.keyPath("ephemeral-storage"),
          "an ephemeral storage size from 512MB to 10240MB",
          r.get("ephemeral-storage").describe(),
          "the first 512 MB are included; e.g. ephemeral-storage: 2048MB");
      ephemeralMb = null;
    }
    if (name == null
        || !provisionedOk
        || frontDoor == null
        || ephemeralMb == null
        || memoryMb == null
        || arch == null
        || keepAlive == null
        || coldStart == null
        || limit == null
        || freeTier == null) {
      return null;
    }
    if (Boolean.FALSE.equals(freeTier)) {
      for (String key : List.of("free-tier-requests", "free-tier-gb-seconds")) {
        if (prices.containsKey(key)) {
          problems.add(
              r.get("prices"),
              r.keyPath("prices." + key),
              "no free-tier price with free-tier: false",
              "'" + key + "' set while the free tier is off",
              "remove " + key + ", or set free-tier: true");
          return null;
        }
      }
    }
    return new LambdaSpec(
        name,
        memoryMb,
        arch,
        keepAlive,
        coldStart,
        limit.intValue(),
        freeTier,
        provisioned,
        frontDoor,
        ephemeralMb,
        prices);
  }

  /**
   * Reads a constant level ({@code 100}) or windows ({@code [{level, from, to, daily}]}), each
   * level at most the function's concurrency limit when that limit is known.
   */
  private ProvisionedConcurrency provisioned(
      YamlNode node, String path, Long limit, boolean limitGiven) {
    String example =
        "e.g. provisioned-concurrency: 100, or [{level: 100, from: 12h, to: 20h, daily: true}]";
    if (node instanceof YamlNode.Scalar) {
      String text =
          MapReader.text(
              node, path, "a level of at least 1, or a list of windows", example, problems);
      try {
        int level = text == null ? 0 : Integer.parseInt(text.trim());
        if (level >= 1) {
          return withinLimit(node, path, level, limit, limitGiven)
              ? ProvisionedConcurrency.constant(level)
              : null;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      if (text != null) {
        problems.add(
            node, path, "a level of at least 1, or a list of windows", node.describe(), example);
      }
      return null;
    }
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node, path, "a level of at least 1, or a list of windows", node.describe(), example);
      return null;
    }
    List<ProvisionedConcurrency.Window> windows = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String windowPath = path + "[" + i + "]";
      MapReader w =
          MapReader.open(
              list.items().get(i),
              windowPath,
              problems,
              "a window {level, from, to, daily}",
              example,
              ScenarioKeys.PROVISIONED_WINDOW);
      if (w == null) {
        continue;
      }
      boolean present = w.require("level", "a level of at least 1", example) != null;
      present &= w.require("from", "a start time such as 12h", example) != null;
      present &= w.require("to", "an end time such as 20h", example) != null;
      if (!present) {
        continue;
      }
      Long level =
          w.integer("level", 1, 10_000_000, "the number of provisioned environments, e.g. 100");
      Long from = w.duration("from");
      Long to = w.duration("to");
      Boolean daily = w.has("daily") ? w.bool("daily") : Boolean.FALSE;
      if (level == null || from == null || to == null || daily == null) {
        continue;
      }
      if (!withinLimit(w.get("level"), w.keyPath("level"), level, limit, limitGiven)) {
        continue;
      }
      if (to <= from || (daily && to > SimTime.NANOS_PER_DAY)) {
        problems.add(
            list.items().get(i),
            windowPath,
            daily ? "0 <= from < to <= 24h for a daily window" : "from before to",
            "from " + SimTime.format(from) + " to " + SimTime.format(to),
            example);
        continue;
      }
      windows.add(new ProvisionedConcurrency.Window(from, to, level.intValue(), daily));
    }
    if (windows.size() != list.items().size()) {
      return null;
    }
    for (int i = 0; i < windows.size(); i++) {
      for (int j = i + 1; j < windows.size(); j++) {
        if (overlap(windows.get(i), windows.get(j))) {
          problems.add(
              list.items().get(j),
              path + "[" + j + "]",
              "windows that do not overlap",
              "an overlap with window " + i,
              "give each time one level");
          return null;
        }
      }
    }
    return new ProvisionedConcurrency(windows);
  }

  /**
   * Checks a provisioned level against the function's concurrency limit, reporting a level above
   * it: AWS refuses to provision more environments than the function may run at once.
   */
  private boolean withinLimit(
      YamlNode node, String path, long level, Long limit, boolean limitGiven) {
    if (limit == null || level <= limit) {
      return true;
    }
    problems.add(
        node,
        path,
        "a level of at most the concurrency-limit, " + limit + (limitGiven ? "" : " (the default)"),
        node.describe(),
        "provisioned environments count against the function's concurrency: lower the level, or"
            + " raise concurrency-limit to at least "
            + level);
    return false;
  }

  /** Tells whether two windows share any time (a daily window recurs every day). */
  private static boolean overlap(ProvisionedConcurrency.Window a, ProvisionedConcurrency.Window b) {
    if (a.daily() == b.daily()) {
      return a.fromNanos() < b.toNanos() && b.fromNanos() < a.toNanos();
    }
    ProvisionedConcurrency.Window daily = a.daily() ? a : b;
    ProvisionedConcurrency.Window once = a.daily() ? b : a;
    long firstDay = once.fromNanos() / SimTime.NANOS_PER_DAY;
    long lastDay = (once.toNanos() - 1) / SimTime.NANOS_PER_DAY;
    for (long day = firstDay; day <= lastDay; day++) {
      long from = day * SimTime.NANOS_PER_DAY + daily.fromNanos();
      long to = day * SimTime.NANOS_PER_DAY + daily.toNanos();
      if (from < once.toNanos() && once.fromNanos() < to) {
        return true;
      }
    }
    return false;
  }

  private DurableObjectsSpec durableObjects(
      MapReader r, String name, Map<String, BigDecimal> prices) {
    WorkersSpec.Plan plan =
        r.has("plan")
            ? r.choice("plan", MapReader.byKey(WorkersSpec.Plan.values(), WorkersSpec.Plan::key))
            : WorkersSpec.Plan.STANDARD;
    Long objects =
        r.has("objects")
            ? r.integer(
                "objects", 1, 10_000_000, "the number of objects keys spread over, e.g. 100")
            : Long.valueOf(1);
    ObjectKeys keys =
        r.has("keys") ? objectKeys(r.get("keys"), r.keyPath("keys")) : ObjectKeys.uniform();
    Boolean hibernation = r.has("hibernation") ? r.bool("hibernation") : Boolean.FALSE;
    if (plan == WorkersSpec.Plan.FREE && !prices.isEmpty()) {
      problems.add(
          r.get("prices"),
          r.keyPath("prices"),
          "no prices on the free plan (it costs nothing)",
          "prices for " + String.join(", ", prices.keySet()),
          "remove prices, or use plan: standard");
      return null;
    }
    if (name == null || plan == null || objects == null || keys == null || hibernation == null) {
      return null;
    }
    boolean free = plan == WorkersSpec.Plan.FREE;
    long perDay =
        free ? catalog.price("durable-objects.free.requests-per-day").value().longValueExact() : 0;
    long gbSecondsPerDay =
        free
            ? catalog.price("durable-objects.free.gb-seconds-per-day").value().longValueExact()
            : 0;
    return new DurableObjectsSpec(
        name, objects.intValue(), keys, hibernation, plan, perDay, gbSecondsPerDay, prices);
  }

  /** Reads {@code uniform}, {@code {zipf: EXPONENT}} or {@code {column: NAME}}. */
  private ObjectKeys objectKeys(YamlNode node, String path) {
    String expected = "uniform, {zipf: EXPONENT} or {column: NAME}";
    String example =
        "e.g. keys: {zipf: 1.1} (a few hot objects), or keys: {column: room_id} with trace arrivals";
    if (node instanceof YamlNode.Scalar) {
      String text = MapReader.text(node, path, expected, example, problems);
      if (text != null && text.trim().equals("uniform")) {
        return ObjectKeys.uniform();
      }
      if (text != null) {
        problems.add(node, path, expected, node.describe(), example);
      }
      return null;
    }
    MapReader r = MapReader.open(node, path, problems, expected, example, ScenarioKeys.OBJECT_KEYS);
    if (r == null) {
      return null;
    }
    if (r.node().entries().size() != 1) {
      problems.add(
          node,
          path,
          "exactly one of zipf or column",
          "keys " + r.node().entries().keySet(),
          example);
      return null;
    }
    if (r.has("zipf")) {
      BigDecimal exponent = r.decimal("zipf", true, "a Zipf exponent above 0, e.g. 1.1");
      return exponent == null
          ? null
          : new ObjectKeys(ObjectKeys.Kind.ZIPF, exponent.doubleValue(), null);
    }
    String column = r.text("column", "a trace column's name", example);
    return column == null ? null : new ObjectKeys(ObjectKeys.Kind.COLUMN, 0, column.trim());
  }

  private long millis(String path) {
    return catalog.price(path).value().longValueExact() * SimTime.NANOS_PER_MILLISECOND;
  }
}
