package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;

/**
 * What a platform's reader may use besides its own keys: the catalog its limits and defaults come
 * from, the problems it reports to, and the reader of distributions (cold and container starts).
 *
 * @param catalog the price catalog of the load
 * @param problems where problems are recorded
 * @param distributions reads duration distributions
 */
record PlatformContext(PriceCatalog catalog, Problems problems, DistributionReader distributions) {}
