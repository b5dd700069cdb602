package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * States one line of a bill: a quantity of a unit at a unit price, the exact amount, and the
 * catalog price it came from. Credits (included usage, free tiers) have negative quantities.
 *
 * @param name what is charged, the same on every bill of the model (so CSV columns line up)
 * @param detail what distinguishes this charge on this bill, e.g. the fleet or the tier; may be
 *     empty
 * @param usd exactly {@code quantity x unitUsd}
 */
public record LineItem(
    String name,
    String detail,
    BigDecimal quantity,
    String unit,
    BigDecimal unitUsd,
    BigDecimal usd,
    Price price) {

  /** Checks that the amount is the product it claims to be. */
  public LineItem {
    Objects.requireNonNull(name, "name");
    detail = detail == null ? "" : detail;
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitUsd, "unitUsd");
    Objects.requireNonNull(usd, "usd");
    if (usd.compareTo(quantity.multiply(unitUsd)) != 0) {
      throw new IllegalArgumentException("usd " + usd + " != " + quantity + " x " + unitUsd);
    }
  }

  /** Prices a quantity: the amount is the exact product. */
  public static LineItem of(
      String name, BigDecimal quantity, String unit, BigDecimal unitUsd, Price price) {
    return of(name, "", quantity, unit, unitUsd, price);
  }

  /** Prices a quantity with a detail: the amount is the exact product. */
  public static LineItem of(
      String name,
      String detail,
      BigDecimal quantity,
      String unit,
      BigDecimal unitUsd,
      Price price) {
    return new LineItem(name, detail, quantity, unit, unitUsd, quantity.multiply(unitUsd), price);
  }

  /** Returns the name with its detail in brackets, for people. */
  public String label() {
    return detail.isEmpty() ? name : name + " (" + detail + ")";
  }
}
