/**
 * Measures the simulator core with JMH: the event queue and scheduler, the per-request meter, and
 * whole simulations.
 *
 * <p>Measured: steady-state costs on one thread, with every input drawn before the clock starts and
 * read from power-of-two arrays, so the measured path holds no random number generation, boxing or
 * allocation of the benchmark's own. Each class's Javadoc gives the command that runs it; the
 * results and how they compare to the project's targets are in benchmarks/README.md.
 *
 * <p>Not measured: scenario loading, billing and report rendering, which run once per run and are
 * not on any hot path; multi-threaded runs (each run is single-threaded by design).
 */
package dev.billsim.benchmarks;
