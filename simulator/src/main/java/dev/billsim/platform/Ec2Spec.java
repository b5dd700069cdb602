package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a fleet of EC2 instances, fixed or autoscaled.
 *
 * @param instance the instance type of every instance in the fleet
 * @param fleet how many instances, how they scale and how many requests each runs at once
 * @param discount the fraction off the on-demand price (a Savings Plan or reservation), 0 to 1
 * @param alb the Application Load Balancer in front of the fleet, or null for none
 * @param region the provider's region whose prices apply, e.g. us-east-1
 */
public record Ec2Spec(
    String name,
    InstanceType instance,
    Fleet fleet,
    BigDecimal discount,
    Alb alb,
    String region,
    Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** EC2's per-second billing has a 60-second minimum per launch. */
  public static final long MINIMUM_BILLED_NANOS = 60 * SimTime.NANOS_PER_SECOND;

  /** Checks the settings. */
  public Ec2Spec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(fleet, "fleet");
    Discounts.check(discount);
    prices = Map.copyOf(prices);
  }

  @Override
  public double maxVcpus() {
    return (double) instance.vcpus() * fleet.maxCount();
  }

  /** Leaves out the name, discount, region and prices. */
  @Override
  public PlatformSpec simulated() {
    return new Ec2Spec("", instance, fleet, BigDecimal.ZERO, alb, "", Map.of());
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new FleetModel(
        host, CpuShare.vcpus(instance.vcpus()), fleet, 0, MINIMUM_BILLED_NANOS, Fleet.UNLIMITED);
  }
}
