package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Fleet;
import dev.billsim.platform.InstanceType;
import dev.billsim.platform.ScalingPolicy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Declares the keys of the platforms that run on fleets, {@code ec2}, {@code fargate} and {@code
 * lambda-managed}, of their scaling policies and of custom instance types.
 */
final class FleetKeys {
  private FleetKeys() {}

  /** A catalog instance type, or a custom one. */
  static final Key<InstanceType> INSTANCE =
      Key.of(
              "instance",
              new KeyType.Simple<InstanceType>(
                  null,
                  "a catalog type, or `{vcpus, memory, usd-per-hour}`",
                  v -> "",
                  k -> {
                    var node = KeyType.JSON.objectNode();
                    var names = node.putArray("anyOf").addObject().putArray("enum");
                    PriceCatalog.builtIn().instanceNames().forEach(names::add);
                    node.withArray("anyOf").addObject().put("$ref", "#/$defs/custom-instance");
                    return node;
                  }),
              "A catalog instance type (Linux on-demand, us-east-1), or a custom one {vcpus,"
                  + " memory, usd-per-hour}.")
          .mandatory();

  /** Instances running from the start; its default is 1, or scaling's min. */
  static final Key<Long> COUNT =
      Key.of(
              "count",
              KeyType.integer(),
              "Without scaling, the instances that run for the whole horizon; with it, those in"
                  + " service at time 0, within min and max.")
          .byDefault("1, or scaling's min")
          .between(1, 100_000)
          .hint("the number of instances running, e.g. 2");

  /** Autoscaling; none for a fixed fleet. */
  static final Key<ScalingPolicy> SCALING_KEY =
      Key.of(
          "scaling",
          KeyType.<ScalingPolicy>structured("mapping", v -> "", "{\"$ref\": \"#/$defs/scaling\"}"),
          "Autoscaling by target tracking on CPU; leave out for a fixed fleet.");

  /** Requests one instance serves at once. */
  static final Key<Long> MAX_CONCURRENCY =
      Key.of(
              "max-concurrency",
              KeyType.integer(),
              "Requests one instance serves at once (worker threads, connections); the rest wait"
                  + " in its queue.")
          .byDefault((long) Fleet.UNLIMITED, "unlimited")
          .between(1, 1_000_000)
          .hint("requests one instance serves at once (worker threads, connections), e.g. 100");

  /** How long a request waits in an instance's queue. */
  static final Key<Long> QUEUE_TIMEOUT =
      Key.of(
              "queue-timeout",
              KeyType.duration(),
              "How long a request waits in an instance's queue before it fails as an error;"
                  + " needs max-concurrency.")
          .byDefault(Fleet.NO_TIMEOUT, "no timeout")
          .between(1, Long.MAX_VALUE, "a duration above zero")
          .hint("e.g. queue-timeout: 30s; leave it out to let requests wait as long as it takes");

  /** The share off the on-demand price. */
  static final Key<BigDecimal> DISCOUNT =
      Key.of(
              "discount",
              KeyType.fraction(false, true),
              "The share off the on-demand price (a Savings Plan or reservation), 0 to below"
                  + " 100%.")
          .byDefault(BigDecimal.ZERO, "0")
          .hint("the share off the on-demand price, e.g. 30% for a 1-year Savings Plan");

  /** Whether an Application Load Balancer is billed. */
  static final Key<Boolean> LOAD_BALANCER =
      Key.of(
              "load-balancer",
              KeyType.choice(loadBalancers(), ""),
              "alb puts an Application Load Balancer in front: billed per hour for the whole"
                  + " month, and per LCU-hour on the largest of new connections, active"
                  + " connections, processed bytes and rule evaluations each hour.")
          .byDefault(Boolean.FALSE);

  private static Map<String, Boolean> loadBalancers() {
    Map<String, Boolean> choices = new LinkedHashMap<>();
    choices.put("none", false);
    choices.put("alb", true);
    return choices;
  }

  /** The keys of {@code model: ec2}. */
  static final KeyTable EC2 =
      KeyTable.of(
          "platform-ec2",
          "A fleet of EC2 instances, fixed or autoscaled, billed per instance-second (60 s minimum"
              + " per launch), busy or idle.",
          PlatformKeys.AWS_REGION,
          INSTANCE,
          COUNT,
          SCALING_KEY,
          MAX_CONCURRENCY,
          QUEUE_TIMEOUT,
          DISCOUNT,
          LOAD_BALANCER,
          PlatformKeys.ALB_RULES);

  /** A Fargate task's vCPUs; the sizes are checked with memory. */
  static final Key<BigDecimal> FARGATE_VCPU =
      Key.of(
              "vcpu",
              new KeyType.Simple<>(
                  (r, k) -> r.decimal(k.name(), true, k.hint()),
                  "0.25, 0.5, 1, 2, 4, 8 or 16",
                  BigDecimal::toPlainString,
                  k ->
                      (com.fasterxml.jackson.databind.node.ObjectNode)
                          KeyType.parse(
                              """
                              {"anyOf": [
                                {"enum": [0.25, 0.5, 1, 2, 4, 8, 16]},
                                {"type": "string", "pattern": "\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*(0?\\\\.25|0?\\\\.5|1|2|4|8|16)(\\\\.0*)?\\\\s*$"}
                              ]}""")),
              "The task's vCPUs: 0.25, 0.5, 1, 2, 4, 8 or 16.")
          .byDefault(BigDecimal.ONE)
          .hint("Fargate sizes: 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU");

  /** A Fargate task's memory; its default is the least its vCPUs allow. */
  static final Key<Long> FARGATE_MEMORY =
      Key.of(
              "memory",
              KeyType.memoryMb(),
              "The task's memory, within the range its vCPUs allow (0.25 vCPU: 512MB to 2GB; 1"
                  + " vCPU: 2GB to 8GB; ...).")
          .byDefault("the least its vCPUs allow");

  /** A Fargate task's architecture. */
  static final Key<dev.billsim.platform.Arch> FARGATE_ARCH =
      Key.of(
              PlatformKeys.ARCH.name(),
              PlatformKeys.ARCH.type(),
              "The architecture, which selects the price (arm64 is Graviton).")
          .byDefault(dev.billsim.platform.Arch.X86_64);

  /** The keys of {@code model: fargate}. */
  static final KeyTable FARGATE =
      KeyTable.of(
          "platform-fargate",
          "An ECS service on AWS Fargate: tasks billed per vCPU-hour and GB-hour (per second,"
              + " one-minute minimum), busy or idle, fixed or autoscaled.",
          PlatformKeys.AWS_REGION,
          FARGATE_VCPU,
          FARGATE_MEMORY,
          FARGATE_ARCH,
          COUNT,
          SCALING_KEY,
          MAX_CONCURRENCY,
          QUEUE_TIMEOUT,
          DISCOUNT,
          LOAD_BALANCER,
          PlatformKeys.ALB_RULES);

  /** Lambda Managed Instances' instances: AWS starts three, one per availability zone. */
  static final Key<Long> MANAGED_COUNT =
      Key.of("count", KeyType.integer(), "Instances in the fleet, running for the whole horizon.")
          .byDefault(3L, "3 (AWS starts one per availability zone)")
          .between(1, 100_000)
          .hint("the number of instances, e.g. 3");

  /** Requests per vCPU at once: AWS's default for Python (Java 32, Node.js 64). */
  static final Key<Long> CONCURRENCY_PER_VCPU =
      Key.of(
              "concurrency-per-vcpu",
              KeyType.integer(),
              "Requests in flight per vCPU before the fleet throttles.")
          .byDefault(16L, "16 (AWS: Python 16, Java and .NET 32, Node.js 64)")
          .between(1, 1600)
          .hint("requests in flight per vCPU, e.g. 16 (Python), 32 (Java), 64 (Node.js)");

  /** The discount on a Lambda Managed Instances fleet. */
  static final Key<BigDecimal> MANAGED_DISCOUNT =
      Key.of(
              DISCOUNT.name(),
              DISCOUNT.type(),
              "The share off the on-demand instance price from a Savings Plan or reservation, 0"
                  + " to below 100% (the management fee stays on the on-demand price); not above 0"
                  + " together with prices: {usd-per-hour} on a catalog type.")
          .byDefault(BigDecimal.ZERO, "0")
          .hint(DISCOUNT.hint());

  /** The keys of {@code model: lambda-managed}. */
  static final KeyTable LAMBDA_MANAGED =
      KeyTable.of(
          "platform-lambda-managed",
          "AWS Lambda Managed Instances: functions on a Lambda-managed EC2 fleet, many requests"
              + " per environment; billed per request, instance-hour and a 15% management fee on"
              + " the on-demand price.",
          PlatformKeys.AWS_REGION,
          INSTANCE,
          MANAGED_COUNT,
          CONCURRENCY_PER_VCPU,
          MANAGED_DISCOUNT);

  /** Instances always in service. */
  static final Key<Long> MIN =
      Key.of("min", KeyType.integer(), "Instances always in service.")
          .byDefault(1L)
          .between(1, 100_000)
          .hint("instances always running, e.g. 2");

  /** The most instances. */
  static final Key<Long> MAX =
      Key.of("max", KeyType.integer(), "The most instances, booting ones included, at least min.")
          .between(1, 100_000)
          .hint("the most instances to run, e.g. 10")
          .mandatory();

  /** The average CPU utilisation autoscaling holds (AWS's console default). */
  static final Key<BigDecimal> TARGET_CPU =
      Key.of(
              "target-cpu",
              KeyType.fraction(true, false),
              "The average CPU utilisation to hold, above 0 to 100%.")
          .byDefault(new BigDecimal("0.5"))
          .hint("the average CPU utilisation to hold, e.g. 50%");

  /**
   * Three one-minute datapoints above the target trigger AWS's scale-out alarm; at least a second,
   * CloudWatch's finest resolution (a tick per nanosecond would never end).
   */
  static final Key<Long> EVALUATION =
      Key.of(
              "evaluation",
              KeyType.duration(),
              "The period over which utilisation is averaged and acted on.")
          .byDefault(3 * SimTime.NANOS_PER_MINUTE, "3m (AWS's three one-minute datapoints)")
          .between(SimTime.NANOS_PER_SECOND, SimTime.NANOS_PER_HOUR, "a period from 1s to 1h")
          .hint("the period over which CPU utilisation is averaged, e.g. 1m or 3m");

  /** Launch to in service; the default is the platform's. */
  static final Key<Long> BOOT =
      Key.of(
              "boot",
              KeyType.duration(),
              "Launch to in service (boot, app start, health checks): billed, not serving.")
          .byDefault("2m on ec2, 1m on fargate");

  /** Launch to in service for an EC2 instance: boot, start the app, pass two health checks. */
  static final long EC2_BOOT_NANOS = 2 * SimTime.NANOS_PER_MINUTE;

  /** Launch to in service for a Fargate task: pull the image, start, pass a health check. */
  static final long FARGATE_BOOT_NANOS = SimTime.NANOS_PER_MINUTE;

  /** AWS's default cooldown, and the ECS scale-in cooldown default. */
  static final Key<Long> SCALE_IN_COOLDOWN =
      Key.of(
              "scale-in-cooldown",
              KeyType.duration(),
              "Time after any scaling activity (and after time 0) before a scale-in.")
          .byDefault(300 * SimTime.NANOS_PER_SECOND);

  /** The keys of an EC2 or Fargate {@code scaling:} policy. */
  static final KeyTable SCALING =
      KeyTable.of(
          "scaling",
          "Target tracking on average CPU utilisation: every evaluation period the fleet's"
              + " average CPU utilisation over the period is compared with the target; above it"
              + " the fleet scales out at once to ceil(in service x utilisation / target), booting"
              + " instances counted; below 90% of the target, with no instance booting and the"
              + " cooldown passed, it scales in to the same formula.",
          MIN,
          MAX,
          TARGET_CPU,
          EVALUATION,
          BOOT,
          SCALE_IN_COOLDOWN);

  /** A custom instance's vCPUs. */
  static final Key<Long> VCPUS =
      Key.of("vcpus", KeyType.integer(), "vCPUs.").between(1, 1024).hint("e.g. 2").mandatory();

  /** A custom instance's memory. */
  static final Key<Long> CUSTOM_MEMORY =
      Key.of("memory", KeyType.memoryMb(), "Memory, e.g. 2GB (recorded, not simulated).")
          .mandatory();

  /** A custom instance's hourly price. */
  static final Key<BigDecimal> USD_PER_HOUR =
      Key.of(
              "usd-per-hour",
              KeyType.decimal(false),
              "The hourly price in US dollars, zero or more; give it here, not also in prices.")
          .hint("e.g. 0.0104")
          .mandatory();

  /** The keys of a custom EC2 instance type. */
  static final KeyTable CUSTOM_INSTANCE =
      KeyTable.of(
          "custom-instance",
          "A custom instance type, billed at its own hourly price; all three keys are required.",
          VCPUS,
          CUSTOM_MEMORY,
          USD_PER_HOUR);
}
