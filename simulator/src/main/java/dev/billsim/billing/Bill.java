package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

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
}
