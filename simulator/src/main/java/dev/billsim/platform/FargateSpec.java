package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures an Amazon ECS service on AWS Fargate: tasks of a fixed vCPU and memory size behind a
 * load balancer, fixed or autoscaled, billed per vCPU-hour and GB-hour from launch to stop.
 *
 * @param cpu the task's vCPUs (0.25, 0.5, 1, 2, 4, 8 or 16)
 * @param memoryMb the task's memory, within the range its vCPUs allow
 * @param arch x86_64 or arm64 (Graviton), priced differently
 * @param fleet how many tasks, how they scale and how many requests each runs at once
 * @param discount the fraction off the on-demand price (a Compute Savings Plan), 0 to 1
 * @param alb the Application Load Balancer in front of the tasks, or null for none
 * @param region the provider's region whose prices apply, e.g. us-east-1
 */
public record FargateSpec(
    String name,
    CpuShare cpu,
    long memoryMb,
    Arch arch,
    Fleet fleet,
    BigDecimal discount,
    Alb alb,
    String region,
    Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Fargate bills per second with a one-minute minimum per task. */
  public static final long MINIMUM_BILLED_NANOS = SimTime.NANOS_PER_MINUTE;

  /** Checks the settings. */
  public FargateSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(fleet, "fleet");
    if (memoryMb < 512) {
      throw new IllegalArgumentException("a task needs at least 512 MB: " + memoryMb);
    }
    Discounts.check(discount);
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return cpu.milliVcpus() / (double) CpuShare.FULL * fleet.maxCount();
  }

  /** Leaves out the name, architecture, discount, region and prices. */
  @Override
  public PlatformSpec simulated() {
    return new FargateSpec(
        "", cpu, memoryMb, Arch.X86_64, fleet, BigDecimal.ZERO, alb, "", Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new FleetModel(host, cpu, fleet, memoryMb, MINIMUM_BILLED_NANOS, Fleet.UNLIMITED);
  }
}
