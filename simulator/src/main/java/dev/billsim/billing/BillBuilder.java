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

  /** Adds usage priced per million units. */
  BillBuilder perMillion(String name, BigDecimal quantity, String unit, Price usdPerMillion) {
    BigDecimal unitUsd = usdPerMillion.value().movePointLeft(PER_MILLION);
    items.add(LineItem.of(name, quantity, unit, unitUsd, usdPerMillion));
    return this;
  }

  /**
   * Adds usage priced per million units, then a credit of {@code kind} for the units an allowance
   * covers; no credit when {@code allowance} is null (switched off).
   */
  BillBuilder perMillion(
      String name,
      BigDecimal quantity,
      String unit,
      Price usdPerMillion,
      Allowance kind,
      Price allowance,
      String allowanceName) {
    perMillion(name, quantity, unit, usdPerMillion);
    if (allowance != null) {
      credit(
          kind,
          allowanceName,
          quantity,
          allowance,
          unit,
          usdPerMillion.value().movePointLeft(PER_MILLION));
    }
    return this;
  }

  /**
   * Adds usage priced per unit in bands of cumulative quantity: the first band is named {@code
   * name}, later ones {@code name tier N}, so the same charge has the same name on every bill.
   */
  BillBuilder tiered(String name, BigDecimal quantity, String unit, List<Tier> bands) {
    return tiered(name, quantity, unit, bands, 0);
  }

  /** Adds usage priced per million units in bands of cumulative quantity. */
  BillBuilder tieredPerMillion(String name, BigDecimal quantity, String unit, List<Tier> bands) {
    return tiered(name, quantity, unit, bands, PER_MILLION);
  }

  private BillBuilder tiered(
      String name, BigDecimal quantity, String unit, List<Tier> bands, int perDigits) {
    Tier last = bands.get(bands.size() - 1);
    if (last.upTo() != null && quantity.compareTo(last.upTo()) > 0) {
      // a region whose source gives only the first bands has no price beyond them
      throw new MissingPriceException(
          last.price().key() + " beyond " + last.upTo().toPlainString() + " " + unit, null);
    }
    BigDecimal from = BigDecimal.ZERO;
    for (int i = 0; i < bands.size(); i++) {
      Tier band = bands.get(i);
      BigDecimal to = band.upTo() == null ? quantity : band.upTo().min(quantity);
      if (i > 0 && to.compareTo(from) <= 0) {
        break; // usage ends in an earlier band
      }
      String itemName = i == 0 ? name : name + " tier " + (i + 1);
      String detail =
          bands.size() == 1 ? "" : "tier " + (i + 1) + ": " + bandRange(from, band.upTo(), unit);
      items.add(
          LineItem.of(
              itemName,
              detail,
              to.subtract(from).max(BigDecimal.ZERO),
              unit,
              band.price().value().movePointLeft(perDigits),
              band.price()));
      if (band.upTo() == null) {
        break;
      }
      from = band.upTo();
    }
    return this;
  }

  private static String bandRange(BigDecimal from, BigDecimal upTo, String unit) {
    String start = Thousands.grouped(from, 0);
    if (upTo == null) {
      return "above " + start + " " + unit;
    }
    String end = Thousands.grouped(upTo, 0);
    return (from.signum() == 0 ? "first " + end : start + " to " + end) + " " + unit;
  }

  /**
   * Adds a credit of {@code kind}: minus the part of {@code quantity} an allowance covers, at
   * {@code unitUsd}.
   */
  BillBuilder credit(
      Allowance kind,
      String name,
      BigDecimal quantity,
      Price allowance,
      String unit,
      BigDecimal unitUsd) {
    BigDecimal covered = quantity.min(allowance.value()).negate();
    items.add(LineItem.of(name, covered, unit, unitUsd, allowance).as(kind));
    return this;
  }

  /** Adds a credit of {@code kind} in dollars: minus {@code usd}, at 1 USD per unit. */
  BillBuilder creditUsd(Allowance kind, String name, BigDecimal usd, Price allowance) {
    items.add(LineItem.of(name, "", usd.negate(), "USD", BigDecimal.ONE, allowance).as(kind));
    return this;
  }

  /** Adds an item priced at a plain per-unit rate. */
  BillBuilder perUnit(
      String name, String detail, BigDecimal quantity, String unit, Price usdPerUnit) {
    items.add(LineItem.of(name, detail, quantity, unit, usdPerUnit.value(), usdPerUnit));
    return this;
  }

  /** Adds an item at a unit price derived from {@code basis} (a discount, a fee's share). */
  BillBuilder item(
      String name,
      String detail,
      BigDecimal quantity,
      String unit,
      BigDecimal unitUsd,
      Price basis) {
    items.add(LineItem.of(name, detail, quantity, unit, unitUsd, basis));
    return this;
  }

  /** Adds an item that costs nothing, to show the usage behind a free plan. */
  BillBuilder free(String name, String detail, BigDecimal quantity, String unit, Price basis) {
    items.add(LineItem.of(name, detail, quantity, unit, BigDecimal.ZERO, basis));
    return this;
  }

  /** Adds a note to the bill. */
  BillBuilder note(String note) {
    notes.add(note);
    return this;
  }

  /** Returns the sum of the items so far. */
  BigDecimal usdSoFar() {
    BigDecimal sum = BigDecimal.ZERO;
    for (LineItem item : items) {
      sum = sum.add(item.usd());
    }
    return sum;
  }

  /** Returns a quantity over the horizon scaled to the month. */
  BigDecimal toMonth(BigDecimal quantity) {
    return scale.toMonth(quantity);
  }

  Bill build() {
    return new Bill(scale.factor(), items, notes);
  }
}
