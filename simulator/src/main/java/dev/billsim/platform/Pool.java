package dev.billsim.platform;

import dev.billsim.workload.DurationDistribution;
import java.util.Objects;

/**
 * Configures a pool of serverless container instances that each serve many requests at once (Cloud
 * Run, Vercel Fluid compute).
 *
 * @param cpu each instance's vCPUs
 * @param memoryMb each instance's memory
 * @param concurrency requests an instance serves at once
 * @param minInstances instances kept even when idle
 * @param maxInstances instances at most; beyond, requests queue
 * @param startup the time a new instance takes to start before it serves (a cold start)
 * @param idleTimeoutNanos idle time after which an instance above the minimum is shut down
 * @param queueTimeoutNanos how long a request waits for room at the maximum before it is refused
 * @param targetUtilisation the share of each instance's vCPUs, and of its concurrency, that the
 *     autoscaler aims to keep busy over its one-minute window (Cloud Run: 0.6)
 */
public record Pool(
    CpuShare cpu,
    long memoryMb,
    int concurrency,
    int minInstances,
    int maxInstances,
    DurationDistribution startup,
    long idleTimeoutNanos,
    long queueTimeoutNanos,
    double targetUtilisation) {

  /** A queue timeout that never expires: requests wait for room as long as it takes. */
  public static final long NO_TIMEOUT = Long.MAX_VALUE;

  /** Returns the vCPUs of the pool at its maximum size. */
  public double maxVcpus() {
    return cpu.milliVcpus() / (double) CpuShare.FULL * maxInstances;
  }

  /** Checks the settings. */
  public Pool {
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(startup, "startup");
    if (memoryMb < 1 || concurrency < 1) {
      throw new IllegalArgumentException("memory and concurrency must be positive");
    }
    if (minInstances < 0 || maxInstances < Math.max(1, minInstances)) {
      throw new IllegalArgumentException("need 0 <= min <= max, max >= 1");
    }
    if (idleTimeoutNanos < 0 || queueTimeoutNanos <= 0) {
      throw new IllegalArgumentException("idle timeout >= 0, queue timeout > 0");
    }
    if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
      throw new IllegalArgumentException("target utilisation in (0, 1]: " + targetUtilisation);
    }
  }
}
