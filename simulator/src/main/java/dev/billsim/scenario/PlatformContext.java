package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import dev.billsim.platform.Alb;

/**
 * What a platform's reader may use besides its own keys: the catalog its limits and defaults come
 * from, the problems it reports to, and the reader of distributions (cold and container starts).
 *
 * @param catalog the price catalog of the load
 * @param problems where problems are recorded
 * @param distributions reads duration distributions
 */
record PlatformContext(PriceCatalog catalog, Problems problems, DistributionReader distributions) {

  /**
   * Reads a platform's region: one the catalog has for the provider. Returns it, or null after
   * refusing it with the list of known regions.
   */
  String region(Bound b, Key<String> key, Provider provider) {
    String region = b.get(key);
    if (region == null) {
      return null;
    }
    var known = catalog.regions(provider);
    if (!known.contains(region)) {
      b.refuse(
          key,
          "one of the catalog's " + provider.label() + " regions: " + String.join(", ", known),
          Problems.didYouMean(region, known)
              + "another region's prices can be added with a catalog overlay");
      return null;
    }
    return region;
  }

  /**
   * Reads the Application Load Balancer a platform has when {@code present} ({@code load-balancer:
   * alb}, {@code front-door: alb}), with its {@code alb-rules}; returns null without one, refusing
   * {@code alb-rules} given for nothing ({@code how} says how to add the ALB).
   */
  Alb alb(Bound b, boolean present, String how) {
    Long rules = b.get(PlatformKeys.ALB_RULES);
    if (present) {
      return rules == null ? null : new Alb(rules.intValue());
    }
    if (b.given(PlatformKeys.ALB_RULES)) {
      b.refuse(
          PlatformKeys.ALB_RULES,
          "alb-rules only with an Application Load Balancer",
          "remove alb-rules, or add the load balancer with " + how);
    }
    return null;
  }

  /** Returns the catalog's view of a region, or of the home regions when it is null. */
  PriceCatalog catalogIn(String region) {
    return region == null ? catalog : catalog.inRegion(region);
  }
}
