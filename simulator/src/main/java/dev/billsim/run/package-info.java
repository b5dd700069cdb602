/**
 * Runs scenarios: one independent simulation per platform, in parallel, each priced by its billing
 * rule, with results in the scenario's order whatever the thread count.
 *
 * <p>The unit of work is one platform of one scenario ({@link dev.billsim.run.PlatformJob}); a run
 * hands its platforms, and a sweep every platform at every point, to the same fixed pool ({@link
 * dev.billsim.run.JobRunner}), which returns results in submission order.
 *
 * <p>Every platform's run sees the same traffic, drawn from the scenario's seed (common random
 * numbers). When a run's platforms all run at once, each on its own thread, and the traffic is
 * open-loop, they read it from one {@link dev.billsim.workload.TrafficTape} that draws it once;
 * otherwise each draws its own. Either way the requests are the same, so a run on one thread is
 * byte-identical to a run on many. Sweeps draw per job: their points may change the traffic.
 *
 * <p>Replications ({@link dev.billsim.run.ReplicatedResult}) are the same scenario with seeds
 * derived from its own, the first being the seed itself; every platform of every replication is one
 * job on the same pool.
 */
package dev.billsim.run;
