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
 *
 * <p>A job is named by a {@link dev.billsim.run.JobKey} within a {@link dev.billsim.run.JobPlan}
 * (the jobs of a run or a sweep, as text that any process can load), and its result can travel as
 * data ({@link dev.billsim.run.UsageJson}): the usage, priced again where it arrives ({@link
 * dev.billsim.run.PlatformJob#price}). That is how shards and cluster tasks run jobs elsewhere and
 * give the same bytes; scheduling them there is the caller's (the command line's shards, the {@code
 * spark} module), not this package's.
 */
package dev.billsim.run;
