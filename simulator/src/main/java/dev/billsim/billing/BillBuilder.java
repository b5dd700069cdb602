package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a bill's line items: usage at a rate, allowances as credits, tiered rates band by band.
 */
final class BillBuilder {
  private static final int PER_MILLION = 6;

  private final MonthScale scale;
  private final List<LineItem> items = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  BillBuilder(MonthScale scale) {
    this.scale = scale;
    String note = scale.note();
    if (note != null) {
      notes.add(note);
    }
  }

  /** Adds a fixed monthly fee. */
  BillBuilder fee(String name, Price monthly) {
    items.add(LineItem.of(name, BigDecimal.ONE, "month", monthly.value(), monthly));
    return this;
  }

  /** Adds usage priced per million units, then a credit for the units an allowance covers. */
  BillBuilder perMillion(
      String name,
      BigDecimal quantity,
      String unit,
      Price usdPerMillion,
      Price allowance,
      String allowanceName) {
    BigDecimal unitUsd = usdPerMillion.value().movePointLeft(PER_MILLION);
    items.add(LineItem.of(name, quantity, unit, unitUsd, usdPerMillion));
    if (allowance != null) {
      credit(allowanceName, quantity, allowance, unit, unitUsd);
    }
    return this;
  }

  /** Adds usage priced per unit in bands of cumulative quantity. */
  BillBuilder tiered(String name, BigDecimal quantity, String unit, List<Tier> bands) {
    BigDecimal from = BigDecimal.ZERO;
    for (int i = 0; i < bands.size() && quantity.compareTo(from) > 0; i++) {
      Tier band = bands.get(i);
      BigDecimal to = band.upTo() == null ? quantity : band.upTo().min(quantity);
      String label =
          bands.size() == 1
              ? name
              : name
                  + " (tier "
                  + (i + 1)
                  + (band.upTo() == null
                      ? ", above " + from.toPlainString()
                      : ", up to " + band.upTo().toPlainString())
                  + " "
                  + unit
                  + ")";
      items.add(LineItem.of(label, to.subtract(from), unit, band.price().value(), band.price()));
      if (band.upTo() != null) {
        from = band.upTo();
      } else {
        break;
      }
    }
    if (quantity.signum() == 0) {
      items.add(
          LineItem.of(name, quantity, unit, bands.get(0).price().value(), bands.get(0).price()));
    }
    return this;
  }

  /** Adds a credit: minus the part of {@code quantity} an allowance covers, at {@code unitUsd}. */
  BillBuilder credit(
      String name, BigDecimal quantity, Price allowance, String unit, BigDecimal unitUsd) {
    BigDecimal covered = quantity.min(allowance.value()).negate();
    items.add(LineItem.of(name, covered, unit, unitUsd, allowance));
    return this;
  }

  /** Adds an item priced at a plain per-unit rate. */
  BillBuilder perUnit(String name, BigDecimal quantity, String unit, Price usdPerUnit) {
    items.add(LineItem.of(name, quantity, unit, usdPerUnit.value(), usdPerUnit));
    return this;
  }

  /** Adds an item that costs nothing, to show the usage behind a free plan. */
  BillBuilder free(String name, BigDecimal quantity, String unit, Price basis) {
    items.add(LineItem.of(name, quantity, unit, BigDecimal.ZERO, basis));
    return this;
  }

  /** Adds a note to the bill. */
  BillBuilder note(String note) {
    notes.add(note);
    return this;
  }

  /** Returns a quantity over the horizon scaled to the month. */
  BigDecimal toMonth(BigDecimal quantity) {
    return scale.toMonth(quantity);
  }

  Bill build() {
    return new Bill(scale.factor(), items, notes);
  }
}
