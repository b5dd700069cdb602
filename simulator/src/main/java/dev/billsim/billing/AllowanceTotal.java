package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * States how much one kind of allowance lowered a bill, which of its line items did, and the
 * scenario setting that removes it.
 *
 * @param usd the sum of the kind's credits: zero or negative
 * @param items the names of the credit line items, in the bill's order, each once
 * @param off what to write on the platform to price it without the allowance, e.g. {@code
 *     free-tier: false}, or {@code prices: {included-requests: 0, included-cpu-ms: 0}} for usage a
 *     plan includes
 */
public record AllowanceTotal(Allowance kind, BigDecimal usd, List<String> items, String off) {
  /** Checks that the total is of an allowance. */
  public AllowanceTotal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(usd, "usd");
    Objects.requireNonNull(off, "off");
    if (kind == Allowance.NONE) {
      throw new IllegalArgumentException("a charge is not an allowance");
    }
    items = List.copyOf(items);
  }
}
