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
 * <p>Every rule extends {@link dev.billsim.billing.SpecBilling}, which holds its spec, its prices
 * (the catalog with the scenario's overrides) and the month it scales usage to; a rule adds only
 * its line items.
 *
 * <p>Allowances (included usage, free tiers, a usage credit) appear as credit line items with
 * negative amounts at the rate they offset, so each bill shows the gross usage behind every dollar.
 * The billing rule that adds a credit says which kind of {@link dev.billsim.billing.Allowance} it
 * is, so reports can say what lowered a bill and how to turn it off without reading item names: a
 * free tier the provider gives once per account (Lambda, Cloud Run; {@code free-tier: false}),
 * Vercel Pro's usage credit, shared by a team's projects ({@code usage-credit: false}), or usage
 * included with a plan's monthly fee (Workers Paid, Durable Objects, Vercel Pro; a price override
 * of the included amount to 0), or AWS's free data transfer out ({@code prices:
 * {free-data-transfer-gb: 0}}). All are on by default.
 *
 * <p>Data transfer ({@link dev.billsim.billing.DataTransfer}) is billed only when the scenario
 * gives sizes: AWS's internet egress in tiers after the free 100 GB (Lambda, Managed Instances,
 * EC2, Fargate), Lambda response streaming beyond 6 MB per response, API Gateway HTTP API requests
 * in 512 KB increments, Cloud Run Premium Tier egress, Vercel Fast Data Transfer, and a zero-dollar
 * line on Workers and Durable Objects; without sizes no bill carries a data-transfer line. Not
 * modelled: taxes, support plans, data transfer between regions or services or to a CDN, savings
 * plans and reserved pricing, and account-wide aggregation across several functions or Workers
 * (each platform is billed as if it were the account's only one).
 */
package dev.billsim.billing;
