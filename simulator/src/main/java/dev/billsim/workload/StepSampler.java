package dev.billsim.workload;

/** Draws the duration of one step of one request class, in nanoseconds. */
@FunctionalInterface
public interface StepSampler {
  /** Returns the next duration. */
  long sampleNanos();
}
