/**
 * Runs {@code billsim sweep} and {@code billsim run --replications} on Apache Spark: the driver
 * ({@link dev.billsim.spark.SparkMain}) is the billsim command line itself with a {@link
 * dev.billsim.cli.JobEngine} that sends the jobs to executors; everything else (checks, messages,
 * the files written) is the command's own, so the files are those of the local engine, byte for
 * byte.
 *
 * <p>What travels: each task is sent the jobs' plan as text ({@link dev.billsim.run.JobPlan}: a
 * {@link dev.billsim.cli.SweepRequest} or a {@link dev.billsim.cli.RunRequest}, by broadcast) and
 * its group of job keys; it loads the plan, runs its jobs and sends back each job's usage as JSON
 * ({@link dev.billsim.run.UsageJson}); the driver prices and assembles them. A job is a
 * deterministic function of its plan and its key, so a retried or speculative task changes nothing.
 * The scenario's data files are read on executors from the scenario's directory as the driver sees
 * it (a path every executor can read), or from a copy Spark ships when {@code
 * spark.billsim.ship-data=true}.
 *
 * <p>Not here: the other commands (validate, check, import, prices), which run on the driver as
 * they do on one machine; Spark SQL, streaming, and any state kept between runs.
 */
package dev.billsim.spark;
