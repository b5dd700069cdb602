package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures AWS Lambda Managed Instances: Lambda functions on a fleet of EC2 instances that Lambda
 * manages, each execution environment serving many requests at once.
 *
 * @param count instances in the fleet (AWS starts three, one per availability zone)
 * @param concurrencyPerVcpu requests in flight per vCPU before the fleet throttles
 * @param discount the fraction taken off the on-demand instance price by a Savings Plan or
 *     reservation, 0 to 1; the management fee stays on the on-demand price, and a {@code
 *     usd-per-hour} price for a catalog type replaces the discounted price
 * @param region the provider's region whose prices apply, e.g. us-east-1
 */
public record LambdaManagedSpec(
    String name,
    InstanceType instance,
    int count,
    int concurrencyPerVcpu,
    BigDecimal discount,
    String region,
    Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Checks the settings. */
  public LambdaManagedSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(instance, "instance");
    if (count < 1) {
      throw new IllegalArgumentException("a fleet needs at least one instance: " + count);
    }
    if (concurrencyPerVcpu < 1) {
      throw new IllegalArgumentException("concurrency per vCPU must be at least 1");
    }
    Discounts.check(discount);
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return (double) instance.vcpus() * count;
  }

  /** Leaves out the name, discount, region and prices. */
  @Override
  public PlatformSpec simulated() {
    return new LambdaManagedSpec(
        "", instance, count, concurrencyPerVcpu, BigDecimal.ZERO, "", Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new FleetModel(
        host,
        CpuShare.vcpus(instance.vcpus()),
        Fleet.fixed(count),
        0,
        0,
        concurrencyPerVcpu * instance.vcpus());
  }
}
