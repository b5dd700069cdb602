package dev.billsim.workload;

/** Generates the arrival times of one traffic source, in order. */
public interface ArrivalProcess {
  /** Returned by {@link #nextArrivalNanos()} when no arrival is left within the horizon. */
  long NONE = Long.MAX_VALUE;

  /** Returns the time of the next arrival, non-decreasing, or {@link #NONE}. */
  long nextArrivalNanos();

  /**
   * Returns the request class the arrival last returned names itself (a trace's class column), or
   * -1 when the class is drawn by weight.
   */
  default int rowClass() {
    return -1;
  }
}
