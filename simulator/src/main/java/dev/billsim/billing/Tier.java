package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * States one band of a tiered price: the rate that applies up to a cumulative quantity.
 *
 * @param upTo the cumulative quantity where the band ends; null for the last, unbounded band
 */
public record Tier(BigDecimal upTo, Price price) {
  /** Checks that the price is present. */
  public Tier {
    Objects.requireNonNull(price, "price");
  }
}
