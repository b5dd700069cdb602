package dev.billsim.billing;

import dev.billsim.meter.Usage;

/** Prices one platform's usage as a monthly bill. */
public interface BillingRule {
  /** Returns the bill for a 730-hour month of this usage. */
  Bill bill(Usage usage);
}
