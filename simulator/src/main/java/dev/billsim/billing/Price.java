package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * States one catalog figure: a price or an allowance, with its unit and provenance.
 *
 * @param key the catalog and override key, e.g. {@code usd-per-million-requests}
 * @param value the exact amount
 * @param unit what the amount is per, in words
 * @param source where the figure was published
 * @param effective the date from which it is known to apply (ISO 8601), or {@link #SCENARIO}
 * @param note anything a reader should know, such as a secondary source; may be empty
 */
public record Price(
    String key, BigDecimal value, String unit, String source, String effective, String note) {
  /** The effective date of a figure the scenario gives: it has no date, the file is its source. */
  public static final String SCENARIO = "scenario";

  /** Checks that nothing is missing. */
  public Price {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(effective, "effective");
    note = note == null ? "" : note;
  }

  /** Returns this price with its value replaced by a scenario's override. */
  public Price overriddenBy(BigDecimal newValue, String scenarioSource) {
    return new Price(
        key, newValue, unit, scenarioSource, SCENARIO, "overrides " + value + " from " + source);
  }
}
