package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * States one line of a bill: a quantity of a unit at a unit price, the exact amount, and the
 * catalog price it came from, and whether it is an allowance. Credits (included usage, free tiers,
 * a usage credit) have negative quantities.
 *
 * @param name what is charged, the same on every bill of the model (so CSV columns line up)
 * @param detail what distinguishes this charge on this bill, e.g. the fleet or the tier; may be
 *     empty
 * @param usd exactly {@code quantity x unitUsd}
 * @param allowance which kind of allowance this credit is, set by the billing rule; {@link
 *     Allowance#NONE} for a charge
 */
public record LineItem(
    String name,
    String detail,
    BigDecimal quantity,
    String unit,
    BigDecimal unitUsd,
    BigDecimal usd,
    Price price,
    Allowance allowance) {

  /** Checks that the amount is the product it claims to be. */
  public LineItem {
    Objects.requireNonNull(name, "name");
    detail = detail == null ? "" : detail;
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitUsd, "unitUsd");
    Objects.requireNonNull(usd, "usd");
    Objects.requireNonNull(allowance, "allowance");
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
    return new LineItem(
        name, detail, quantity, unit, unitUsd, quantity.multiply(unitUsd), price, Allowance.NONE);
  }

  /** Returns this item classified as an allowance of {@code kind}. */
  public LineItem as(Allowance kind) {
    return new LineItem(name, detail, quantity, unit, unitUsd, usd, price, kind);
  }

  /** Returns whether this item is an allowance (of any kind). */
  public boolean isAllowance() {
    return allowance != Allowance.NONE;
  }

  /** Returns the name with its detail in brackets, for people. */
  public String label() {
    return detail.isEmpty() ? name : name + " (" + detail + ")";
  }
}
