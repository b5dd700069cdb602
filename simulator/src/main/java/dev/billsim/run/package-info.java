/**
 * Runs scenarios: one independent simulation per platform, in parallel, each priced by its billing
 * rule, with results in the scenario's order whatever the thread count.
 *
 * <p>Every platform's run regenerates the same traffic from the scenario's seed (common random
 * numbers), so platforms share no state and a run on one thread is byte-identical to a run on many.
 */
package dev.billsim.run;
