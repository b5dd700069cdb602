package dev.billsim.workload;

/** Generates the arrival times of one traffic source, in order. */
public interface ArrivalProcess {
  /** Returned by {@link #nextArrivalNanos()} when no arrival is left within the horizon. */
  long NONE = Long.MAX_VALUE;

  /** Returns the time of the next arrival, non-decreasing, or {@link #NONE}. */
  long nextArrivalNanos();
}
