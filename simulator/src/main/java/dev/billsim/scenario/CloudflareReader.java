package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.ObjectKeys;
import dev.billsim.platform.WorkersSpec;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the Cloudflare platforms, {@code workers} and {@code durable-objects}, whose keys {@link
 * PlatformKeys} declares: the plans' rules (the free plan's fixed CPU limit and no prices) with
 * their figures from the catalog, and how requests pick a Durable Object.
 */
final class CloudflareReader {
  private final PriceCatalog catalog;
  private final Problems problems;

  CloudflareReader(PlatformContext context) {
    this.catalog = context.catalog();
    this.problems = context.problems();
  }

  WorkersSpec workers(Bound b, String name, Map<String, BigDecimal> prices) {
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

  DurableObjectsSpec durableObjects(Bound b, String name, Map<String, BigDecimal> prices) {
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
