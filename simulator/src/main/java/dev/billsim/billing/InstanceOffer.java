package dev.billsim.billing;

import dev.billsim.platform.InstanceType;
import java.util.Objects;

/** Pairs a server type with its on-demand hourly price. */
public record InstanceOffer(InstanceType type, Price usdPerHour) {
  /** Checks that both parts are present. */
  public InstanceOffer {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(usdPerHour, "usdPerHour");
  }
}
