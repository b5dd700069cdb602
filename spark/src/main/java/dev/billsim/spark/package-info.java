/**
 * Runs {@code billsim sweep} on Apache Spark: the driver ({@link dev.billsim.spark.SparkMain}) is
 * the billsim command line itself with a {@link dev.billsim.cli.SweepEngine} that sends the sweep's
 * jobs to executors; everything else (checks, messages, the files written) is the command's own, so
 * the files are those of the local engine, byte for byte.
 *
 * <p>What travels: each task is sent the sweep as text ({@link dev.billsim.cli.SweepRequest}, by
 * broadcast) and its group of job keys; it loads the sweep, runs its jobs and sends back each job's
 * usage as JSON ({@link dev.billsim.run.UsageJson}); the driver prices and assembles them. A job is
 * a deterministic function of the request and its key, so a retried or speculative task changes
 * nothing. The scenario's data files are read on executors from the scenario's directory as the
 * driver sees it (a path every executor can read), or from a copy Spark ships when {@code
 * spark.billsim.ship-data=true}.
 *
 * <p>Not here: {@code billsim run} and the other commands, which run on the driver as they do on
 * one machine; Spark SQL, streaming and any Spark state kept between sweeps.
 */
package dev.billsim.spark;
