package dev.billsim.billing;

import java.math.BigDecimal;
import java.util.Map;

/** Resolves the prices of one platform: the catalog's, unless the scenario overrides a key. */
final class PriceBook {
  /** The source recorded for a price a scenario sets. */
  static final String SCENARIO_SOURCE = "scenario file (prices:)";

  /** The source recorded for the hourly price of a custom instance a scenario describes. */
  static final String CUSTOM_INSTANCE_SOURCE = "custom instance (scenario file)";

  private final PriceCatalog catalog;
  private final Map<String, BigDecimal> overrides;

  PriceBook(PriceCatalog catalog, Map<String, BigDecimal> overrides) {
    this.catalog = catalog;
    this.overrides = overrides;
  }

  /** Returns the figure at a catalog path, or the scenario's value for its key. */
  Price price(String path) {
    return resolve(catalog.price(path));
  }

  /** Returns the catalog figure, or the scenario's value for its key. */
  Price resolve(Price price) {
    BigDecimal override = overrides.get(price.key());
    return override == null ? price : price.overriddenBy(override, SCENARIO_SOURCE);
  }

  /** Returns whether the scenario sets a key. */
  boolean overrides(String key) {
    return overrides.containsKey(key);
  }

  /** Returns the scenario's value for a key, or null. */
  BigDecimal override(String key) {
    return overrides.get(key);
  }

  PriceCatalog catalog() {
    return catalog;
  }
}
