package dev.billsim.billing;

/**
 * One region of the catalog: its provider, its name for people, and the figures it states for
 * itself. A region may take another's figures ({@code prices-as}), where the provider publishes one
 * price for a group of regions (Cloud Run's tiers).
 *
 * @param name the provider's region code, e.g. {@code eu-west-1}
 * @param provider the cloud it belongs to
 * @param label the region's name for people, e.g. {@code Europe (Ireland)}
 * @param pricesAs the region whose figures this one takes before its own, or null
 * @param figures the figures the region states
 */
record CatalogRegion(
    String name, Provider provider, String label, String pricesAs, Figures figures) {

  /** Returns whether this is its provider's home region, whose figures are the catalog's own. */
  boolean home() {
    return name.equals(provider.homeRegion());
  }
}
