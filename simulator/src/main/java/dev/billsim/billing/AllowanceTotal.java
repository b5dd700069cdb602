package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * States how much one kind of allowance lowered a bill, which of its line items did, and the prices
 * they offset.
 *
 * @param usd the sum of the kind's credits: zero or negative
 * @param items the names of the credit line items, in the bill's order, each once
 * @param priceKeys the price keys of the allowances behind the credits, e.g. {@code
 *     included-requests}, each once
 */
public record AllowanceTotal(
    Allowance kind, BigDecimal usd, List<String> items, List<String> priceKeys) {
  /** Checks that the total is of an allowance. */
  public AllowanceTotal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(usd, "usd");
    if (kind == Allowance.NONE) {
      throw new IllegalArgumentException("a charge is not an allowance");
    }
    items = List.copyOf(items);
    priceKeys = List.copyOf(priceKeys);
  }

  /**
   * Returns what to write on the platform to price it without this allowance, e.g. {@code
   * free-tier: false} ({@link Allowance#off}).
   */
  public String off() {
    return kind.off(priceKeys);
  }
}
