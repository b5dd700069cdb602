package dev.billsim.scenario;

import dev.billsim.billing.BillingRules;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.ObjectKeys;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.ProvisionedConcurrency;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.DurationDistribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of {@code platforms:} into a {@link PlatformSpec}: the keys of its model's table
 * ({@link PlatformKeys}, {@link FleetKeys}, {@link PoolKeys}), then the rules that involve several
 * keys and the limits of each provider.
 */
final class PlatformReader {
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
    int before = problems.count();
    KeyTable table = PlatformKeys.table(kind);
    MapReader r =
        MapReader.open(
            node,
            path,
            problems,
            "a platform mapping",
            "e.g. {name: workers, model: workers}",
            table.names());
    Bound b = Bound.bind(r, problems, table.keys());
    b.require(
        PlatformKeys.NAME,
        "a platform name",
        "every platform needs a unique name, e.g. lambda-1024");
    String name = b.get(PlatformKeys.NAME);
    Map<String, BigDecimal> prices = readPrices(r, kind);
    PlatformSpec spec =
        switch (kind) {
          case WORKERS -> workers(b, name, prices);
          case LAMBDA -> lambda(b, name, prices);
          case EC2 -> fleets.ec2(b, name, prices);
          case FARGATE -> fleets.fargate(b, name, prices);
          case LAMBDA_MANAGED -> fleets.lambdaManaged(b, name, prices);
          case DURABLE_OBJECTS -> durableObjects(b, name, prices);
          case CLOUD_RUN -> pools.cloudRun(b, name, prices);
          case VERCEL -> pools.vercel(b, name, prices);
        };
    return problems.count() > before || name == null ? null : spec;
  }

  private PlatformKind readKind(YamlNode.Mapping mapping, String path) {
    Map<String, PlatformKind> kinds = MapReader.byKey(PlatformKind.values(), PlatformKind::key);
    YamlNode model = mapping.entries().get("model");
    if (model == null) {
      for (String key : mapping.entries().keySet()) {
        List<String> known = PlatformKeys.anyPlatform();
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
    List<String> keys = BillingRules.priceKeys(kind);
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

  private WorkersSpec workers(Bound b, String name, Map<String, BigDecimal> prices) {
    MapReader r = b.reader();
    WorkersSpec.Plan plan = b.get(PlatformKeys.WORKERS_PLAN);
    Long limit = b.get(PlatformKeys.CPU_LIMIT);
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

  private LambdaSpec lambda(Bound b, String name, Map<String, BigDecimal> prices) {
    Long limit = b.get(PlatformKeys.CONCURRENCY_LIMIT);
    boolean limitGiven = b.given(PlatformKeys.CONCURRENCY_LIMIT);
    ProvisionedConcurrency provisioned =
        b.read(PlatformKeys.PROVISIONED, (n, p) -> provisioned(n, p, limit, limitGiven));
    // AWS: "The Lambda free tier does not apply to functions enabling Provisioned Concurrency."
    Boolean freeTier = b.getOr(PlatformKeys.FREE_TIER, provisioned == null);
    DurationDistribution coldStart = b.read(PlatformKeys.COLD_START, distributions::duration);
    if (name == null || !b.ok()) {
      return null;
    }
    MapReader r = b.reader();
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
        b.get(PlatformKeys.MEMORY),
        b.get(PlatformKeys.ARCH),
        b.get(PlatformKeys.KEEP_ALIVE),
        coldStart,
        limit.intValue(),
        freeTier,
        provisioned,
        b.get(PlatformKeys.FRONT_DOOR),
        b.get(PlatformKeys.EPHEMERAL_STORAGE),
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
      Bound w =
          Bound.open(
              list.items().get(i),
              windowPath,
              problems,
              "a window {level, from, to, daily}",
              example,
              PlatformKeys.PROVISIONED_WINDOW);
      if (w == null) {
        continue;
      }
      w.require(PlatformKeys.LEVEL, "a level of at least 1", example);
      w.require(PlatformKeys.FROM, "a start time such as 12h", example);
      w.require(PlatformKeys.TO, "an end time such as 20h", example);
      if (!w.ok()) {
        continue;
      }
      long level = w.get(PlatformKeys.LEVEL);
      long from = w.get(PlatformKeys.FROM);
      long to = w.get(PlatformKeys.TO);
      boolean daily = w.get(PlatformKeys.DAILY);
      MapReader wr = w.reader();
      if (!withinLimit(wr.get("level"), wr.keyPath("level"), level, limit, limitGiven)) {
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
      windows.add(new ProvisionedConcurrency.Window(from, to, (int) level, daily));
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

  private DurableObjectsSpec durableObjects(Bound b, String name, Map<String, BigDecimal> prices) {
    MapReader r = b.reader();
    WorkersSpec.Plan plan = b.get(PlatformKeys.OBJECTS_PLAN);
    ObjectKeys keys = b.read(PlatformKeys.KEYS, this::objectKeys);
    if (plan == WorkersSpec.Plan.FREE && !prices.isEmpty()) {
      problems.add(
          r.get("prices"),
          r.keyPath("prices"),
          "no prices on the free plan (it costs nothing)",
          "prices for " + String.join(", ", prices.keySet()),
          "remove prices, or use plan: standard");
      return null;
    }
    if (name == null || !b.ok()) {
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
        name,
        b.get(PlatformKeys.OBJECTS).intValue(),
        keys,
        b.get(PlatformKeys.HIBERNATION),
        plan,
        perDay,
        gbSecondsPerDay,
        prices);
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
    MapReader r =
        MapReader.open(node, path, problems, expected, example, PlatformKeys.OBJECT_KEY_KINDS);
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
