package dev.billsim.meter;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * States what a run measured in its steady-state window, from the warm-up to the horizon: the time
 * spent at each number of requests in flight, and vCPU utilisation.
 *
 * @param windowNanos the window's length: horizon minus warm-up
 * @param levelNanos {@code levelNanos[k]} is the time exactly {@code k} requests were in flight
 * @param busyVcpuNanos vCPU time of CPU steps that started in the window
 * @param capacityMilliVcpuNanos vCPU capacity alive in the window, in thousandths of a vCPU times
 *     nanoseconds (instances and execution environments; 0 where the platform has none)
 */
public record SteadyState(
    long windowNanos,
    long[] levelNanos,
    BigInteger busyVcpuNanos,
    BigInteger capacityMilliVcpuNanos) {
  /** An empty window, for tests that build usage by hand. */
  public static final SteadyState NONE =
      new SteadyState(1, new long[] {1}, BigInteger.ZERO, BigInteger.ZERO);

  /** Copies the array. */
  public SteadyState {
    levelNanos = levelNanos.clone();
  }

  /** Returns the share of the window during which exactly {@code k} requests were in flight. */
  public double shareAtLevel(int k) {
    return k < levelNanos.length ? levelNanos[k] / (double) windowNanos : 0;
  }

  /** Returns the share of the window during which at least {@code k} requests were in flight. */
  public double shareAtLeast(int k) {
    long nanos = 0;
    for (int i = k; i < levelNanos.length; i++) {
      nanos += levelNanos[i];
    }
    return nanos / (double) windowNanos;
  }

  /** Returns busy vCPU time over the capacity alive, or 0 where there is no capacity to fill. */
  public double utilisation() {
    return capacityMilliVcpuNanos.signum() == 0
        ? 0
        : busyVcpuNanos.doubleValue() * 1000 / capacityMilliVcpuNanos.doubleValue();
  }

  @Override
  public long[] levelNanos() {
    return levelNanos.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SteadyState s
        && windowNanos == s.windowNanos
        && Arrays.equals(levelNanos, s.levelNanos)
        && busyVcpuNanos.equals(s.busyVcpuNanos)
        && capacityMilliVcpuNanos.equals(s.capacityMilliVcpuNanos);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(windowNanos) + Arrays.hashCode(levelNanos))
        + busyVcpuNanos.hashCode()
        + capacityMilliVcpuNanos.hashCode();
  }

  @Override
  public String toString() {
    return "SteadyState[window="
        + windowNanos
        + ", levels="
        + levelNanos.length
        + ", busy="
        + busyVcpuNanos
        + ", capacity="
        + capacityMilliVcpuNanos
        + "]";
  }
}
