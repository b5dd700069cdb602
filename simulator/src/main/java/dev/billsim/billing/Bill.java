package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * States one platform's bill for a month: its line items, their exact total, and notes on how it
 * was computed.
 *
 * @param scaleToMonth the factor usage was multiplied by to fill a 730-hour month
 * @param notes sentences a reader needs, e.g. that usage was scaled
 */
public record Bill(BigDecimal scaleToMonth, List<LineItem> items, List<String> notes) {
  /** Copies the lists. */
  public Bill {
    Objects.requireNonNull(scaleToMonth, "scaleToMonth");
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  /** Returns the exact total in US dollars. */
  public BigDecimal totalUsd() {
    return items.stream().map(LineItem::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Returns the exact sum of the allowances' credits: zero or negative. */
  public BigDecimal allowancesUsd() {
    return items.stream()
        .filter(LineItem::isAllowance)
        .map(LineItem::usd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns each kind of allowance that lowered this bill, in order of first appearance, with the
   * credits that did (a credit of zero, for usage the allowance did not reach, is left out).
   */
  public List<AllowanceTotal> allowances() {
    Map<Allowance, BigDecimal> usd = new LinkedHashMap<>();
    Map<Allowance, Set<String>> names = new LinkedHashMap<>();
    Map<Allowance, Set<String>> priceKeys = new LinkedHashMap<>();
    for (LineItem item : items) {
      if (!item.isAllowance() || item.usd().signum() == 0) {
        continue;
      }
      usd.merge(item.allowance(), item.usd(), BigDecimal::add);
      names.computeIfAbsent(item.allowance(), k -> new LinkedHashSet<>()).add(item.name());
      priceKeys
          .computeIfAbsent(item.allowance(), k -> new LinkedHashSet<>())
          .add(item.price().key());
    }
    List<AllowanceTotal> totals = new ArrayList<>();
    for (Map.Entry<Allowance, BigDecimal> kind : usd.entrySet()) {
      Allowance allowance = kind.getKey();
      totals.add(
          new AllowanceTotal(
              allowance,
              kind.getValue(),
              List.copyOf(names.get(allowance)),
              List.copyOf(priceKeys.get(allowance))));
    }
    return totals;
  }
}
