package dev.billsim.scenario;

import dev.billsim.billing.Provider;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Alb;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.ProvisionedConcurrency;
import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.DurationDistribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code model: lambda}, whose keys {@link PlatformKeys#LAMBDA} declares: the rules over
 * several keys (the free tier with provisioned concurrency and free-tier prices) and provisioned
 * concurrency, a level or windows within the concurrency limit.
 */
final class LambdaReader {
  private static final String LEVEL_OR_WINDOWS = "a level of at least 1, or a list of windows";

  private static final String EXAMPLE =
      "e.g. provisioned-concurrency: 100, or [{level: 100, from: 12h, to: 20h, daily: true}]";

  private final PlatformContext context;
  private final Problems problems;
  private final DistributionReader distributions;

  LambdaReader(PlatformContext context) {
    this.context = context;
    this.problems = context.problems();
    this.distributions = context.distributions();
  }

  LambdaSpec lambda(Bound b, String name, Map<String, BigDecimal> prices) {
    String region = context.region(b, PlatformKeys.AWS_REGION, Provider.AWS);
    Long limit = b.get(PlatformKeys.CONCURRENCY_LIMIT);
    boolean limitGiven = b.given(PlatformKeys.CONCURRENCY_LIMIT);
    ProvisionedConcurrency provisioned =
        b.read(PlatformKeys.PROVISIONED, (n, p) -> provisioned(n, p, limit, limitGiven));
    // AWS: "The Lambda free tier does not apply to functions enabling Provisioned Concurrency."
    Boolean freeTier = b.getOr(PlatformKeys.FREE_TIER, provisioned == null);
    DurationDistribution coldStart = b.read(PlatformKeys.COLD_START, distributions::duration);
    ColumnDuration recordedInit =
        b.read(PlatformKeys.RECORDED_INIT, (n, p) -> ColumnReader.duration(n, p, problems));
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
    LambdaSpec.FrontDoor frontDoor = b.get(PlatformKeys.FRONT_DOOR);
    Alb alb = context.alb(b, frontDoor == LambdaSpec.FrontDoor.ALB, "front-door: alb");
    if (!b.ok()) {
      return null;
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
        frontDoor,
        alb,
        recordedInit,
        b.get(PlatformKeys.EPHEMERAL_STORAGE),
        b.get(PlatformKeys.RESPONSE_STREAMING),
        region,
        prices);
  }

  /**
   * Reads a constant level ({@code 100}) or windows ({@code [{level, from, to, daily}]}), each
   * level at most the function's concurrency limit when that limit is known.
   */
  private ProvisionedConcurrency provisioned(
      YamlNode node, String path, Long limit, boolean limitGiven) {
    if (node instanceof YamlNode.Scalar) {
      return constantLevel(node, path, limit, limitGiven);
    }
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(node, path, LEVEL_OR_WINDOWS, node.describe(), EXAMPLE);
      return null;
    }
    List<ProvisionedConcurrency.Window> windows = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      ProvisionedConcurrency.Window window =
          window(list.items().get(i), path + "[" + i + "]", limit, limitGiven);
      if (window != null) {
        windows.add(window);
      }
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

  private ProvisionedConcurrency constantLevel(
      YamlNode node, String path, Long limit, boolean limitGiven) {
    String text = MapReader.text(node, path, LEVEL_OR_WINDOWS, EXAMPLE, problems);
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
      problems.add(node, path, LEVEL_OR_WINDOWS, node.describe(), EXAMPLE);
    }
    return null;
  }

  /** Reads one window of the table {@link PlatformKeys#PROVISIONED_WINDOW}, or null. */
  private ProvisionedConcurrency.Window window(
      YamlNode node, String path, Long limit, boolean limitGiven) {
    Bound w =
        Bound.open(
            node,
            path,
            problems,
            "a window {level, from, to, daily}",
            EXAMPLE,
            PlatformKeys.PROVISIONED_WINDOW);
    if (w == null) {
      return null;
    }
    w.require(PlatformKeys.LEVEL, "a level of at least 1", EXAMPLE);
    w.require(PlatformKeys.FROM, "a start time such as 12h", EXAMPLE);
    w.require(PlatformKeys.TO, "an end time such as 20h", EXAMPLE);
    if (!w.ok()) {
      return null;
    }
    long level = w.get(PlatformKeys.LEVEL);
    long from = w.get(PlatformKeys.FROM);
    long to = w.get(PlatformKeys.TO);
    boolean daily = w.get(PlatformKeys.DAILY);
    MapReader wr = w.reader();
    if (!withinLimit(wr.get("level"), wr.keyPath("level"), level, limit, limitGiven)) {
      return null;
    }
    if (to <= from || (daily && to > SimTime.NANOS_PER_DAY)) {
      problems.add(
          node,
          path,
          daily ? "0 <= from < to <= 24h for a daily window" : "from before to",
          "from " + SimTime.format(from) + " to " + SimTime.format(to),
          EXAMPLE);
      return null;
    }
    return new ProvisionedConcurrency.Window(from, to, (int) level, daily);
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
}
