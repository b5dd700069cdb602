/**
 * Measures the simulator core with JMH: the event queue and scheduler, sampling each duration
 * distribution, the per-request metering of each platform model, whole simulations of the bundled
 * idle-heavy and compute-heavy scenarios on every platform, and the M/M/1 queue the peer benchmarks
 * (benchmarks/peers/) also run.
 *
 * <p>Measured: steady-state costs on one thread, with every input drawn before the clock starts and
 * read from power-of-two arrays, so the measured path holds no random number generation, boxing or
 * allocation of the benchmark's own. Each class's Javadoc gives the command that runs it; the
 * results and how they compare to the project's targets are in benchmarks/README.md.
 *
 * <p>Not measured here: scenario loading, billing and report rendering, which run once per run and
 * are not on any hot path; multi-threaded runs (each run is single-threaded by design; the README
 * measures the platforms run in parallel with {@code billsim run --threads}).
 */
package dev.billsim.benchmarks;
