package dev.billsim.scenario;

import dev.billsim.billing.Provider;
import dev.billsim.platform.Alb;
import dev.billsim.platform.CpuShare;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.FargateSpec;
import dev.billsim.platform.Fleet;
import dev.billsim.platform.InstanceType;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.platform.ScalingPolicy;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the platforms that run on fleets of instances or tasks: {@code ec2}, {@code fargate} and
 * {@code lambda-managed}, with their instance types, scaling policies, per-instance concurrency,
 * discounts and load balancers.
 */
final class FleetReader {
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

  private final PlatformContext context;
  private final Problems problems;

  FleetReader(PlatformContext context) {
    this.context = context;
    this.problems = context.problems();
  }

  Ec2Spec ec2(Bound b, String name, Map<String, BigDecimal> prices) {
    String region = context.region(b, PlatformKeys.AWS_REGION, Provider.AWS);
    // Read before instance(): a custom type adds its own usd-per-hour to the prices.
    BigDecimal paidPerHour = prices.get("usd-per-hour");
    InstanceType instance =
        instance(
            b,
            region,
            prices,
            "an instance type such as m7g.large, or {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}");
    Fleet fleet = fleet(b, FleetKeys.EC2_BOOT_NANOS);
    BigDecimal discount = discountUnlessPaidPrice(b, FleetKeys.DISCOUNT, paidPerHour);
    if (name == null || instance == null || fleet == null || discount == null || !b.ok()) {
      return null;
    }
    Alb alb =
        context.alb(b, Boolean.TRUE.equals(b.get(FleetKeys.LOAD_BALANCER)), "load-balancer: alb");
    if (!b.ok()) {
      return null;
    }
    return new Ec2Spec(name, instance, fleet, discount, alb, region, prices);
  }

  FargateSpec fargate(Bound b, String name, Map<String, BigDecimal> prices) {
    String region = context.region(b, PlatformKeys.AWS_REGION, Provider.AWS);
    BigDecimal vcpu = b.get(FleetKeys.FARGATE_VCPU);
    long[] size = null;
    if (vcpu != null) {
      for (long[] candidate : FARGATE_SIZES) {
        if (vcpu.compareTo(BigDecimal.valueOf(candidate[0], 3)) == 0) {
          size = candidate;
        }
      }
      if (size == null) {
        b.refuse(FleetKeys.FARGATE_VCPU, "a Fargate task size", FleetKeys.FARGATE_VCPU.hint());
      }
    }
    // The least memory the size allows, by default.
    Long memoryMb = b.getOr(FleetKeys.FARGATE_MEMORY, size == null ? null : size[1]);
    if (size != null && memoryMb != null && !fargateFits(size, memoryMb)) {
      b.refuse(
          FleetKeys.FARGATE_MEMORY,
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
          "Fargate allows only these combinations (docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html)");
    }
    Fleet fleet = fleet(b, FleetKeys.FARGATE_BOOT_NANOS);
    if (name == null || size == null || fleet == null || !b.ok()) {
      return null;
    }
    Alb alb =
        context.alb(b, Boolean.TRUE.equals(b.get(FleetKeys.LOAD_BALANCER)), "load-balancer: alb");
    if (!b.ok()) {
      return null;
    }
    return new FargateSpec(
        name,
        new CpuShare((int) size[0]),
        memoryMb,
        b.get(FleetKeys.FARGATE_ARCH),
        fleet,
        b.get(FleetKeys.DISCOUNT),
        alb,
        region,
        prices);
  }

  private static boolean fargateFits(long[] size, long memoryMb) {
    return memoryMb >= size[1]
        && memoryMb <= size[2]
        && memoryMb % size[3] == 0
        && !(size[0] == 250 && memoryMb == 1536);
  }

  LambdaManagedSpec lambdaManaged(Bound b, String name, Map<String, BigDecimal> prices) {
    String region = context.region(b, PlatformKeys.AWS_REGION, Provider.AWS);
    // Read before instance(): a custom type adds its own usd-per-hour to the prices.
    BigDecimal paidPerHour = prices.get("usd-per-hour");
    InstanceType instance =
        instance(
            b,
            region,
            prices,
            "an instance type such as m7g.xlarge, or {vcpus: 4, memory: 16GB, usd-per-hour:"
                + " 0.1632}");
    BigDecimal discount = discountUnlessPaidPrice(b, FleetKeys.MANAGED_DISCOUNT, paidPerHour);
    if (name == null || instance == null || discount == null || !b.ok()) {
      return null;
    }
    return new LambdaManagedSpec(
        name,
        instance,
        b.get(FleetKeys.MANAGED_COUNT).intValue(),
        b.get(FleetKeys.CONCURRENCY_PER_VCPU).intValue(),
        discount,
        region,
        prices);
  }

  /** Reads the required instance: a catalog type, or a custom one with its price. */
  private InstanceType instance(
      Bound b, String region, Map<String, BigDecimal> prices, String expected) {
    b.require(FleetKeys.INSTANCE, expected, InstanceReader.HINT);
    if (region == null) {
      return null; // the region was refused: which types it offers is unknown
    }
    InstanceReader instances = new InstanceReader(context.catalogIn(region), problems);
    return b.read(FleetKeys.INSTANCE, (node, path) -> instances.read(node, path, prices));
  }

  /**
   * Reads the discount, refusing it beside a {@code prices: {usd-per-hour}} override of a catalog
   * type: the override is the price paid, after any Savings Plan, and discounting it would count
   * the plan twice. (A custom type's {@code usd-per-hour} is its on-demand price and is not passed
   * here.)
   */
  private BigDecimal discountUnlessPaidPrice(Bound b, Key<BigDecimal> key, BigDecimal paidPerHour) {
    BigDecimal discount = b.get(key);
    if (discount != null && discount.signum() > 0 && paidPerHour != null) {
      MapReader r = b.reader();
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
  private Fleet fleet(Bound b, long defaultBootNanos) {
    ScalingPolicy scaling =
        b.read(FleetKeys.SCALING_KEY, (node, path) -> scaling(node, path, defaultBootNanos));
    if (b.given(FleetKeys.SCALING_KEY) && scaling == null) {
      return null;
    }
    Long count = b.getOr(FleetKeys.COUNT, scaling == null ? 1L : scaling.min());
    if (count != null && scaling != null && (count < scaling.min() || count > scaling.max())) {
      b.refuse(
          FleetKeys.COUNT,
          "a starting count from scaling.min " + scaling.min() + " to max " + scaling.max(),
          "with scaling, count is how many run at the start; leave it out to start at min");
    }
    if (b.given(FleetKeys.QUEUE_TIMEOUT) && !b.given(FleetKeys.MAX_CONCURRENCY)) {
      MapReader r = b.reader();
      problems.add(
          r.get("queue-timeout"),
          r.keyPath("queue-timeout"),
          "queue-timeout together with max-concurrency",
          "a queue timeout without a concurrency limit (nothing ever queues)",
          "add max-concurrency: N, the requests one instance serves at once");
      b.fail();
    }
    if (!b.ok()) {
      return null;
    }
    return new Fleet(
        count.intValue(),
        scaling,
        b.get(FleetKeys.MAX_CONCURRENCY).intValue(),
        b.get(FleetKeys.QUEUE_TIMEOUT));
  }

  private ScalingPolicy scaling(YamlNode node, String path, long defaultBootNanos) {
    String example = "e.g. {min: 2, max: 10, target-cpu: 50%}";
    Bound s =
        Bound.open(node, path, problems, "a scaling policy mapping", example, FleetKeys.SCALING);
    if (s == null) {
      return null;
    }
    s.require(FleetKeys.MAX, "the most instances to run", example);
    Long min = s.get(FleetKeys.MIN);
    Long max = s.get(FleetKeys.MAX);
    if (min != null && max != null && max < min) {
      s.refuse(FleetKeys.MAX, "a maximum of at least min (" + min + ")", "raise max or lower min");
    }
    if (!s.ok()) {
      return null;
    }
    return new ScalingPolicy(
        min.intValue(),
        max.intValue(),
        s.get(FleetKeys.TARGET_CPU).doubleValue(),
        s.get(FleetKeys.EVALUATION),
        s.getOr(FleetKeys.BOOT, defaultBootNanos),
        s.get(FleetKeys.SCALE_IN_COOLDOWN));
  }
}
