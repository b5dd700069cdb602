package dev.billsim.pricelist;

import dev.billsim.billing.Thousands;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * States one line of the catalog as {@code billsim prices} lists it: a figure, one band of a tiered
 * price, or an instance type with its hourly price.
 *
 * @param path the catalog path, e.g. {@code lambda.usd-per-gb-second.x86_64}
 * @param bandFrom where the band starts (0 for the first), or null for a plain figure
 * @param bandTo where the band ends, or null for the last band or a plain figure
 * @param vcpus an instance type's vCPUs, or 0 for a figure
 * @param memoryMb an instance type's memory in MiB, or 0 for a figure
 */
public record PriceRow(
    String path,
    BigDecimal bandFrom,
    BigDecimal bandTo,
    BigDecimal value,
    String unit,
    int vcpus,
    long memoryMb,
    String source,
    String effective,
    String note) {

  /** Returns whether this row is an instance type. */
  public boolean instance() {
    return vcpus > 0;
  }

  /** Returns whether the figure comes from a secondary source, as its note says. */
  public boolean secondary() {
    String words = (note + " " + source).toLowerCase(Locale.ROOT);
    return words.contains("secondary");
  }

  /** Describes the band in words, e.g. {@code 6,000,000,000 to 15,000,000,000}; empty if none. */
  public String band() {
    if (bandFrom == null) {
      return "";
    }
    if (bandTo == null) {
      return bandFrom.signum() == 0 ? "all" : "above " + grouped(bandFrom);
    }
    return bandFrom.signum() == 0
        ? "first " + grouped(bandTo)
        : grouped(bandFrom) + " to " + grouped(bandTo);
  }

  private static String grouped(BigDecimal n) {
    return Thousands.grouped(new BigDecimal(n.toBigInteger()));
  }
}
