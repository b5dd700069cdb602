package dev.billsim.platform;

import dev.billsim.engine.SimTime;

/**
 * States how much CPU an instance or task has, in thousandths of a vCPU, and how long a CPU step
 * takes on it.
 *
 * <p>From one vCPU up, an instance has whole vCPUs and runs that many CPU steps at once, each at
 * full speed. Below one vCPU (a Fargate task of 0.25 vCPU, a Cloud Run instance of 0.5) it runs one
 * step at a time, slowed in proportion: the hypervisor or cgroup lets it use a vCPU only that
 * fraction of the time.
 *
 * @param milliVcpus thousandths of a vCPU: below 1000 any positive amount, from 1000 whole vCPUs
 */
public record CpuShare(int milliVcpus) {
  /** Thousandths of a vCPU in one vCPU. */
  public static final int FULL = 1000;

  /** Checks the amount. */
  public CpuShare {
    if (milliVcpus < 1 || (milliVcpus > FULL && milliVcpus % FULL != 0)) {
      throw new IllegalArgumentException(
          "a CPU share is a fraction of one vCPU or whole vCPUs: " + milliVcpus + " thousandths");
    }
  }

  /** Returns a share of whole vCPUs. */
  public static CpuShare vcpus(int vcpus) {
    return new CpuShare(vcpus * FULL);
  }

  /** Returns how many CPU steps run at once. */
  public int slots() {
    return Math.max(1, milliVcpus / FULL);
  }

  /** Returns the wall time of a CPU step of {@code cpuNanos}. */
  public long wallNanos(long cpuNanos) {
    return stretch(cpuNanos, FULL, milliVcpus);
  }

  /**
   * Returns the wall time of {@code cpuNanos} of CPU run at {@code share / full} of a vCPU, rounded
   * up to the nanosecond; at a full share or more, the CPU time itself. Exact in long arithmetic up
   * to the point where the product would overflow, beyond which a double is within 0.1 ppm. Capped
   * at {@link SimTime#MAX_DURATION_NANOS}, so that the step's end cannot overflow: a step that long
   * ends past the end of simulated time, which the scheduler reports.
   */
  static long stretch(long cpuNanos, long full, long share) {
    if (share >= full) {
      return cpuNanos;
    }
    if (cpuNanos <= Long.MAX_VALUE / full) {
      return Math.min(SimTime.MAX_DURATION_NANOS, (cpuNanos * full + share - 1) / share); // ceil
    }
    return (long)
        Math.min(SimTime.MAX_DURATION_NANOS, Math.ceil(cpuNanos * ((double) full / share)));
  }
}
