package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;

/**
 * What every platform's billing rule starts from: its spec, its prices (the catalog's, with the
 * scenario's overrides) and the length of the billing month that usage over the horizon is scaled
 * to. A rule adds only its own line items.
 *
 * @param <S> the kind of platform spec the rule bills
 */
abstract class SpecBilling<S extends PlatformSpec> implements BillingRule {
  /** The platform billed. */
  final S spec;

  /** The catalog's prices, with the platform's overrides. */
  final PriceBook prices;

  private final long monthNanos;

  SpecBilling(S spec, PriceCatalog catalog, long monthNanos) {
    this.spec = spec;
    this.prices = new PriceBook(catalog, spec.prices());
    this.monthNanos = monthNanos;
  }

  /** Starts the bill of one run's usage, scaled from its horizon to the billing month. */
  final BillBuilder newBill(Usage usage) {
    return new BillBuilder(new MonthScale(usage.horizonNanos(), monthNanos));
  }
}
