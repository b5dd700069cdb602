package dev.billsim.platform;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks a discount off an on-demand price: a fraction from 0 to below 1. */
final class Discounts {
  private Discounts() {}

  static void check(BigDecimal discount) {
    Objects.requireNonNull(discount, "discount");
    if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("discount must be from 0 to below 1: " + discount);
    }
  }
}
