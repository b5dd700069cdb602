package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a fixed fleet of EC2 instances.
 *
 * @param instance the instance type of every instance in the fleet
 * @param count how many instances run, for the whole horizon
 */
public record Ec2Spec(String name, InstanceType instance, int count, Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /** Checks the settings. */
  public Ec2Spec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(instance, "instance");
    if (count < 1) {
      throw new IllegalArgumentException("a fleet needs at least one instance: " + count);
    }
    prices = Map.copyOf(prices);
  }

  @Override
  public PlatformKind kind() {
    return PlatformKind.EC2;
  }

  @Override
  public PlatformModel createModel(Simulation run, RandomStreams streams) {
    return new Ec2Model(run, this);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.ec2(this);
  }
}
