/**
 * Prices usage: the price catalog, one billing rule per platform, and bills as lists of exact line
 * items.
 *
 * <p>Money is {@link java.math.BigDecimal} US dollars from catalog strings, never {@code double};
 * rounding happens only when a bill is displayed. Every price carries its source URL and the date
 * it is known to apply. A bill is for one 730-hour billing month: usage over a shorter or longer
 * horizon is scaled to a month first, then allowances, tiers and minimums apply.
 *
 * <p>For the "bill by hour of day" chart, {@link dev.billsim.billing.HourlyCost} spreads a bill's
 * line items over the run's time series by what each one's unit grows with ({@link
 * dev.billsim.billing.CostDriver}): an approximation for display, never used for the bill itself.
 *
 * <p>Allowances (included usage, free tiers) appear as credit line items with negative amounts at
 * the rate they offset, so each bill shows the gross usage behind every dollar. Not modelled:
 * taxes, support plans, data transfer, savings plans and reserved pricing, and account-wide
 * aggregation across several functions or Workers (each platform is billed as if it were the
 * account's only one).
 */
package dev.billsim.billing;
