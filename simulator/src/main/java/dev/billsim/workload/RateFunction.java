package dev.billsim.workload;

/**
 * States an arrival rate that varies over simulated time, in windows over which an upper bound is
 * known: what {@link ThinnedPoissonArrivals} needs to generate the process exactly.
 */
interface RateFunction {
  /** Returns the rate at {@code timeNanos}, in arrivals per nanosecond. */
  double perNanos(long timeNanos);

  /** Returns the end of the window that contains {@code timeNanos} (exclusive). */
  long windowEndNanos(long timeNanos);

  /** Returns a bound on the rate over the window that contains {@code timeNanos}. */
  double boundPerNanos(long timeNanos);

  /** Returns the expected number of arrivals in [from, to): the integral of the rate. */
  double expectedArrivals(long fromNanos, long toNanos);
}
