package dev.billsim.scenario;

import dev.billsim.billing.InstanceOffer;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Arch;
import dev.billsim.platform.CpuShare;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.FargateSpec;
import dev.billsim.platform.Fleet;
import dev.billsim.platform.InstanceType;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.platform.ScalingPolicy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the platforms that run on fleets of instances or tasks: {@code ec2}, {@code fargate} and
 * {@code lambda-managed}, with their instance types, scaling policies, per-instance concurrency,
 * discounts and load balancers.
 */
final class FleetReader {
  /** Lambda Managed Instances' default instances: AWS starts three, one per availability zone. */
  static final int DEFAULT_MANAGED_INSTANCES = 3;

  /** Requests per vCPU at once by default: AWS's default for Python (Java 32, Node.js 64). */
  static final int DEFAULT_CONCURRENCY_PER_VCPU = 16;

  /**
   * The average CPU utilisation autoscaling holds unless told otherwise (AWS's console default).
   */
  static final BigDecimal DEFAULT_TARGET_CPU = new BigDecimal("0.5");

  /** Three one-minute datapoints above the target trigger AWS's scale-out alarm. */
  static final long DEFAULT_EVALUATION_NANOS = 3 * SimTime.NANOS_PER_MINUTE;

  /** AWS's default cooldown, and the ECS scale-in cooldown default. */
  static final long DEFAULT_SCALE_IN_COOLDOWN_NANOS = 300 * SimTime.NANOS_PER_SECOND;

  /** Launch to in service for an EC2 instance: boot, start the app, pass two health checks. */
  static final long DEFAULT_EC2_BOOT_NANOS = 2 * SimTime.NANOS_PER_MINUTE;

  /** Launch to in service for a Fargate task: pull the image, start, pass a health check. */
  static final long DEFAULT_FARGATE_BOOT_NANOS = SimTime.NANOS_PER_MINUTE;

  /** Fargate's task sizes: vCPU thousandths, then least, most and step of memory in MB. */
  private static final long[][] FARGATE_SIZES = {
    {250, 512, 2048, 512},
    {500, 1024, 4096, 1024},
    {1000, 2048, 8192, 1024},
    {2000, 4096, 16384, 1024},
    {4000, 8192, 30720, 1024},
    {8000, 16384, 61440, 4096},
    {16000, 32768, 122880, 8192},
  };

  private final PriceCatalog catalog;
  private final Problems problems;

  FleetReader(PriceCatalog catalog, Problems problems) {
    this.catalog = catalog;
    this.problems = problems;
  }

  Ec2Spec ec2(MapReader r, String name, Map<String, BigDecimal> prices) {
    YamlNode node =
        r.require(
            "instance",
            "an instance type such as m7g.large, or {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}",
            "catalog types: " + String.join(", ", catalog.instanceNames()));
    // Read before instance(): a custom type adds its own usd-per-hour to the prices.
    BigDecimal paidPerHour = prices.get("usd-per-hour");
    InstanceType instance = node == null ? null : instance(node, r.keyPath("instance"), prices);
    Fleet fleet = fleet(r, DEFAULT_EC2_BOOT_NANOS);
    BigDecimal discount = discountUnlessPaidPrice(r, paidPerHour);
    Boolean loadBalancer = loadBalancer(r);
    if (name == null || instance == null || fleet == null || discount == null) {
      return null;
    }
    return new Ec2Spec(name, instance, fleet, discount, loadBalancer, prices);
  }

  FargateSpec fargate(MapReader r, String name, Map<String, BigDecimal> prices) {
    String sizes = "Fargate sizes: 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU";
    BigDecimal vcpu = r.has("vcpu") ? r.decimal("vcpu", true, sizes) : BigDecimal.ONE;
    long[] size = null;
    if (vcpu != null) {
      for (long[] candidate : FARGATE_SIZES) {
        if (vcpu.compareTo(BigDecimal.valueOf(candidate[0], 3)) == 0) {
          size = candidate;
        }
      }
      if (size == null) {
        problems.add(
            r.get("vcpu"),
            r.keyPath("vcpu"),
            "a Fargate task size",
            r.get("vcpu").describe(),
            sizes);
      }
    }
    Long memoryMb = r.has("memory") ? r.memoryMb("memory") : null;
    if (size != null && memoryMb == null && !r.has("memory")) {
      memoryMb = size[1]; // the least memory the size allows
    }
    if (size != null
        && memoryMb != null
        && (memoryMb < size[1]
            || memoryMb > size[2]
            || memoryMb % size[3] != 0
            || (size[0] == 250 && memoryMb == 1536))) {
      problems.add(
          r.get("memory"),
          r.keyPath("memory"),
          size[0] == 250
              ? "memory for a 0.25 vCPU task: 512MB, 1GB or 2GB"
              : "memory for a "
                  + vcpu.stripTrailingZeros().toPlainString()
                  + " vCPU task: "
                  + size[1]
                  + "MB to "
                  + size[2]
                  + "MB in steps of "
                  + size[3]
                  + "MB",
          r.get("memory").describe(),
          "Fargate allows only these combinations (docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html)");
      memoryMb = null;
    }
    Arch arch =
        r.has("arch") ? r.choice("arch", MapReader.byKey(Arch.values(), Arch::key)) : Arch.X86_64;
    Fleet fleet = fleet(r, DEFAULT_FARGATE_BOOT_NANOS);
    BigDecimal discount = discount(r);
    Boolean loadBalancer = loadBalancer(r);
    if (name == null
        || size == null
        || memoryMb == null
        || arch == null
        || fleet == null
        || discount == null) {
      return null;
    }
    return new FargateSpec(
        name, new CpuShare((int) size[0]), memoryMb, arch, fleet, discount, loadBalancer, prices);
  }

  LambdaManagedSpec lambdaManaged(MapReader r, String name, Map<String, BigDecimal> prices) {
    YamlNode node =
        r.require(
            "instance",
            "an instance type such as m7g.xlarge, or {vcpus: 4, memory: 16GB, usd-per-hour: 0.1632}",
            "catalog types: " + String.join(", ", catalog.instanceNames()));
    // Read before instance(): a custom type adds its own usd-per-hour to the prices.
    BigDecimal paidPerHour = prices.get("usd-per-hour");
    InstanceType instance = node == null ? null : instance(node, r.keyPath("instance"), prices);
    Long count =
        r.has("count")
            ? r.integer("count", 1, 100_000, "the number of instances, e.g. 3")
            : Long.valueOf(DEFAULT_MANAGED_INSTANCES);
    Long perVcpu =
        r.has("concurrency-per-vcpu")
            ? r.integer(
                "concurrency-per-vcpu",
                1,
                1600,
                "requests in flight per vCPU, e.g. 16 (Python), 32 (Java), 64 (Node.js)")
            : Long.valueOf(DEFAULT_CONCURRENCY_PER_VCPU);
    BigDecimal discount = discountUnlessPaidPrice(r, paidPerHour);
    if (name == null || instance == null || count == null || perVcpu == null || discount == null) {
      return null;
    }
    return new LambdaManagedSpec(
        name, instance, count.intValue(), perVcpu.intValue(), discount, prices);
  }

  /**
   * Reads the discount, refusing it beside a {@code prices: {usd-per-hour}} override of a catalog
   * type: the override is the price paid, after any Savings Plan, and discounting it would count
   * the plan twice. (A custom type's {@code usd-per-hour} is its on-demand price and is not passed
   * here.)
   */
  private BigDecimal discountUnlessPaidPrice(MapReader r, BigDecimal paidPerHour) {
    BigDecimal discount = discount(r);
    if (discount != null && discount.signum() > 0 && paidPerHour != null) {
      problems.add(
          r.get("discount"),
          r.keyPath("discount"),
          "either discount or prices.usd-per-hour",
          "both: discount "
              + r.get("discount").describe()
              + " and usd-per-hour "
              + paidPerHour.toPlainString(),
          "prices.usd-per-hour is the price paid, after any Savings Plan: give it alone, or drop"
              + " it and keep discount to take that share off the on-demand price");
      return null;
    }
    return discount;
  }

  /** Reads count, scaling, max-concurrency and queue-timeout, or returns null. */
  private Fleet fleet(MapReader r, long defaultBootNanos) {
    ScalingPolicy scaling =
        r.has("scaling") ? scaling(r.get("scaling"), r.keyPath("scaling"), defaultBootNanos) : null;
    if (r.has("scaling") && scaling == null) {
      return null;
    }
    Long count =
        r.has("count")
            ? r.integer("count", 1, 100_000, "the number of instances running, e.g. 2")
            : Long.valueOf(scaling == null ? 1 : scaling.min());
    if (count != null && scaling != null && (count < scaling.min() || count > scaling.max())) {
      problems.add(
          r.get("count"),
          r.keyPath("count"),
          "a starting count from scaling.min " + scaling.min() + " to max " + scaling.max(),
          r.get("count").describe(),
          "with scaling, count is how many run at the start; leave it out to start at min");
      count = null;
    }
    Long maxConcurrency =
        r.has("max-concurrency")
            ? r.integer(
                "max-concurrency",
                1,
                1_000_000,
                "requests one instance serves at once (worker threads, connections), e.g. 100")
            : Long.valueOf(Fleet.UNLIMITED);
    Long queueTimeout =
        r.has("queue-timeout") ? r.duration("queue-timeout") : Long.valueOf(Fleet.NO_TIMEOUT);
    if (queueTimeout != null && queueTimeout <= 0) {
      problems.add(
          r.get("queue-timeout"),
          r.keyPath("queue-timeout"),
          "a duration above zero",
          r.get("queue-timeout").describe(),
          "e.g. queue-timeout: 30s; leave it out to let requests wait as long as it takes");
      queueTimeout = null;
    }
    if (r.has("queue-timeout") && !r.has("max-concurrency")) {
      problems.add(
          r.get("queue-timeout"),
          r.keyPath("queue-timeout"),
          "queue-timeout together with max-concurrency",
          "a queue timeout without a concurrency limit (nothing ever queues)",
          "add max-concurrency: N, the requests one instance serves at once");
      queueTimeout = null;
    }
    if (count == null || maxConcurrency == null || queueTimeout == null) {
      return null;
    }
    return new Fleet(count.intValue(), scaling, maxConcurrency.intValue(), queueTimeout);
  }

  private ScalingPolicy scaling(YamlNode node, String path, long defaultBootNanos) {
    String example = "e.g. {min: 2, max: 10, target-cpu: 50%}";
    MapReader s =
        MapReader.open(
            node, path, problems, "a scaling policy mapping", example, ScenarioKeys.SCALING);
    if (s == null) {
      return null;
    }
    // Long.valueOf, not 1L: a primitive in either branch would unbox a refused min's null.
    Long min =
        s.has("min")
            ? s.integer("min", 1, 100_000, "instances always running, e.g. 2")
            : Long.valueOf(1);
    Long max =
        s.require("max", "the most instances to run", example) == null
            ? null
            : s.integer("max", 1, 100_000, "the most instances to run, e.g. 10");
    if (min != null && max != null && max < min) {
      problems.add(
          s.get("max"),
          s.keyPath("max"),
          "a maximum of at least min (" + min + ")",
          s.get("max").describe(),
          "raise max or lower min");
      max = null;
    }
    BigDecimal target =
        s.has("target-cpu")
            ? s.fraction("target-cpu", true, false, "the average CPU utilisation to hold, e.g. 50%")
            : DEFAULT_TARGET_CPU;
    Long evaluation =
        s.has("evaluation") ? s.duration("evaluation") : Long.valueOf(DEFAULT_EVALUATION_NANOS);
    // At least a second: CloudWatch's finest resolution, and a tick per nanosecond would never end.
    if (evaluation != null
        && (evaluation < SimTime.NANOS_PER_SECOND || evaluation > SimTime.NANOS_PER_HOUR)) {
      problems.add(
          s.get("evaluation"),
          s.keyPath("evaluation"),
          "a period from 1s to 1h",
          s.get("evaluation").describe(),
          "the period over which CPU utilisation is averaged, e.g. 1m or 3m");
      evaluation = null;
    }
    Long boot = s.has("boot") ? s.duration("boot") : Long.valueOf(defaultBootNanos);
    Long cooldown =
        s.has("scale-in-cooldown")
            ? s.duration("scale-in-cooldown")
            : Long.valueOf(DEFAULT_SCALE_IN_COOLDOWN_NANOS);
    if (min == null
        || max == null
        || target == null
        || evaluation == null
        || boot == null
        || cooldown == null) {
      return null;
    }
    return new ScalingPolicy(
        min.intValue(), max.intValue(), target.doubleValue(), evaluation, boot, cooldown);
  }

  private BigDecimal discount(MapReader r) {
    return r.has("discount")
        ? r.fraction(
            "discount",
            false,
            true,
            "the share off the on-demand price, e.g. 30% for a 1-year Savings Plan")
        : BigDecimal.ZERO;
  }

  private Boolean loadBalancer(MapReader r) {
    if (!r.has("load-balancer")) {
      return false;
    }
    Map<String, Boolean> choices = new LinkedHashMap<>();
    choices.put("none", false);
    choices.put("alb", true);
    Boolean alb = r.choice("load-balancer", choices);
    return alb != null && alb;
  }

  /** Reads a catalog instance type name, or a custom type with its price. */
  InstanceType instance(YamlNode node, String path, Map<String, BigDecimal> prices) {
    if (node instanceof YamlNode.Scalar) {
      String text =
          MapReader.text(
              node,
              path,
              "an instance type name",
              "catalog types: " + String.join(", ", catalog.instanceNames()),
              problems);
      if (text == null) {
        return null;
      }
      InstanceOffer offer = catalog.instance(text.trim()).orElse(null);
      if (offer == null) {
        problems.add(
            node,
            path,
            "an instance type in the catalog",
            node.describe(),
            Problems.suggest(text.trim(), catalog.instanceNames())
                + "; or describe your own: {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}");
        return null;
      }
      return offer.type();
    }
    MapReader custom =
        MapReader.open(
            node,
            path,
            problems,
            "an instance type name or {vcpus, memory, usd-per-hour}",
            "e.g. {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}",
            ScenarioKeys.CUSTOM_INSTANCE);
    if (custom == null) {
      return null;
    }
    String hint = "a custom instance needs vcpus, memory and usd-per-hour";
    boolean complete = custom.require("vcpus", "a number of vCPUs", hint) != null;
    complete &= custom.require("memory", "a memory size such as 2GB", hint) != null;
    complete &= custom.require("usd-per-hour", "an hourly price in US dollars", hint) != null;
    if (!complete) {
      return null;
    }
    Long vcpus = custom.integer("vcpus", 1, 1024, "e.g. 2");
    Long memoryMb = custom.memoryMb("memory");
    BigDecimal usdPerHour = custom.decimal("usd-per-hour", false, "e.g. 0.0104");
    if (vcpus == null || memoryMb == null || usdPerHour == null) {
      return null;
    }
    if (prices.containsKey("usd-per-hour")) {
      problems.add(
          node,
          path + ".usd-per-hour",
          "the hourly price given once",
          "it in both instance and prices",
          "keep usd-per-hour in the custom instance only");
      return null;
    }
    prices.put("usd-per-hour", usdPerHour);
    return new InstanceType("custom", vcpus.intValue(), memoryMb);
  }
}
