package dev.billsim.pricelist;

import java.math.BigDecimal;
import java.util.List;

/**
 * Keeps one SKU's on-demand term: when it applies and its price dimensions, lowest band first.
 *
 * @param effectiveDate the term's effectiveDate, e.g. {@code 2026-11-01T00:00:00Z}
 */
record OfferPrice(String effectiveDate, List<Band> bands) {
  /**
   * One price dimension.
   *
   * @param begin beginRange
   * @param end endRange, or null for {@code Inf}
   * @param unit what the price is per, e.g. {@code Hrs}, {@code Lambda-GB-Second}
   */
  record Band(BigDecimal begin, BigDecimal end, String unit, BigDecimal usd) {}
}
