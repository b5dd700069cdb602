/**
 * Sweeps a scenario's parameters: runs the same scenario at each point of a line ({@code --vary}
 * once) or a grid ({@code --vary} twice) and collects one row per point and platform.
 *
 * <p>A sweep is a first-class value ({@link dev.billsim.sweep.Sweep}): the parsed file, the fixed
 * values and the axes; each point is loaded from the one parsed file with its values substituted,
 * and checked completely before anything runs. Every point is simulated in full with the same seed
 * (common random numbers across points and platforms), and its numbers are exactly those of {@code
 * billsim run --set} at that point; platforms that the models would run alike, at one point or
 * across points, share one simulation ({@link dev.billsim.run.SharedJobs}, {@link
 * dev.billsim.platform.PlatformSpec#usageFrom}). Points and platforms run in parallel; rows come in
 * point order (row-major, first axis outermost), then in the scenario's platform order, whatever
 * the thread count. {@link dev.billsim.sweep.SweepJobs} numbers the jobs (point, replication,
 * platform) and assembles the rows from their results, whoever ran them: this machine's threads
 * ({@link dev.billsim.sweep.SweepRunner}), the shards of a batch scheduler, or a Spark cluster.
 *
 * <p>What a sweep found is computed here too, as pure functions of its rows: along a line, the
 * cheapest platform at each point and the crossovers between them ({@link
 * dev.billsim.sweep.Crossovers}: the crossing of the two platforms' cost lines between neighbouring
 * points, interpolated in the axis' value or, for a log range, its logarithm); on a grid, the
 * cheapest platform in each cell and its margin over the runner-up ({@link
 * dev.billsim.sweep.CheapestMap}). Both use the mean of a point's replications. When a varied
 * parameter stands in a platform's own entry (its memory, instance type, count), {@link
 * dev.billsim.sweep.Tuning} names that platform's cheapest, fastest and balanced value under a
 * {@link dev.billsim.sweep.TuningRule} (a latency figure and how much slower than the fastest the
 * balanced value may be), leaving out values at which requests failed or were throttled. A sweep
 * keeps no time series or latency distribution of its points, only each point's summary figures.
 *
 * <p>Not modelled: sweeping more than two parameters at once, adaptive or random sampling, and
 * anything that would make one point depend on another.
 */
package dev.billsim.sweep;
