package dev.billsim.sweep;

/** Hears how far a sweep has come; called from the thread that started it. */
@FunctionalInterface
public interface SweepProgress {
  /** A listener that ignores progress. */
  SweepProgress NONE = (done, total, fraction) -> {};

  /**
   * Reports the points whose every platform has finished, and the fraction of all simulated time
   * done, from 0 to 1.
   */
  void points(int done, int total, double fraction);
}
