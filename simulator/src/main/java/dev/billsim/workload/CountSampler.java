package dev.billsim.workload;

/** Draws counts from one distribution bound to one random stream. */
@FunctionalInterface
public interface CountSampler {
  /** Returns the next count. */
  long sample();
}
