package dev.billsim.scenario;

import dev.billsim.billing.BillingRule;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.platform.PlatformSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything billsim needs of one platform model beside its simulation: the type of its spec, its
 * own keys, how they become a spec, the prices a scenario may replace and its billing rule. The
 * type parameter ties the reader to the billing rule, so neither casts.
 *
 * @param <S> the spec the model is configured by
 * @param type the spec's class, to find a spec's entry
 * @param keys the model's own keys, after name, model and prices
 * @param reader creates the model's reader for one load
 * @param priceKeys the catalog prices a scenario may replace under {@code prices:}
 * @param billing creates the billing rule of a spec
 */
record PlatformEntry<S extends PlatformSpec>(
    Class<S> type,
    KeyTable keys,
    Function<PlatformContext, SpecReader<S>> reader,
    List<String> priceKeys,
    RuleFactory<S> billing) {

  /** Builds a spec from a platform's bound keys, or returns null after recording problems. */
  @FunctionalInterface
  interface SpecReader<S extends PlatformSpec> {
    /**
     * Reads a spec.
     *
     * @param b the platform's keys, bound to the model's table
     * @param name the platform's name, or null when it was missing
     * @param prices the catalog prices the platform replaces
     * @return the spec, or null after recording problems
     */
    S read(Bound b, String name, Map<String, BigDecimal> prices);
  }

  /** Creates the billing rule of a spec. */
  @FunctionalInterface
  interface RuleFactory<S extends PlatformSpec> {
    /**
     * Creates the rule.
     *
     * @param spec the platform
     * @param catalog the prices the scenario does not replace
     * @param monthNanos the length of the billing month the usage is scaled to
     * @return the billing rule
     */
    BillingRule create(S spec, PriceCatalog catalog, long monthNanos);
  }

  /** Reads a spec of this model. */
  PlatformSpec read(PlatformContext context, Bound b, String name, Map<String, BigDecimal> prices) {
    return reader.apply(context).read(b, name, prices);
  }

  /** Returns the billing rule of a spec of this model. */
  BillingRule rule(PlatformSpec spec, PriceCatalog catalog, long monthNanos) {
    return billing.create(type.cast(spec), catalog, monthNanos);
  }
}
