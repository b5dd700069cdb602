package dev.billsim.run;

/** Hears how far a run has come; called from the thread that started the run. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = fraction -> {};

  /** Reports the fraction of simulated time done, from 0 to 1, across all platforms. */
  void progress(double fraction);
}
