package dev.billsim.workload;

import java.util.Objects;

/** Describes how requests arrive: the process and its mean rate. */
public record Traffic(ArrivalKind arrivals, Rate rate) {
  /** Checks that both parts are present. */
  public Traffic {
    Objects.requireNonNull(arrivals, "arrivals");
    Objects.requireNonNull(rate, "rate");
  }
}
