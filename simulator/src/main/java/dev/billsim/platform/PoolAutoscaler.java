package dev.billsim.platform;

import dev.billsim.engine.SimTime;

/**
 * Decides how many instances a pool should have serving, as Cloud Run's autoscaler does, from the
 * last minute's CPU and concurrency ({@link InstancePoolModel} acts on the decision).
 *
 * <p>It decides every 10 s on the last minute (Cloud Run averages CPU utilisation and concurrency
 * "over a one minute window", aiming at 60% of each): it wants {@code max(min, ceil(busy vCPUs /
 * (target x vCPUs per instance)), ceil(requests in flight / (target x concurrency)))} instances, at
 * most {@code max}.
 */
final class PoolAutoscaler {
  /** How often the autoscaler decides. */
  static final long EVALUATION_NANOS = 10 * SimTime.NANOS_PER_SECOND;

  /** The autoscaler's window, in evaluations: one minute. */
  private static final int WINDOW_EVALUATIONS = 6;

  private final Pool pool;
  private final long[] cpuAreaWindow = new long[WINDOW_EVALUATIONS];
  private final long[] inFlightAreaWindow = new long[WINDOW_EVALUATIONS];
  private int evaluations;

  /** Creates the autoscaler of {@code pool}. */
  PoolAutoscaler(Pool pool) {
    this.pool = pool;
  }

  /**
   * Returns the instances to have serving, given the busy vCPU-time ({@code cpuArea}, slot x
   * nanoseconds) and the requests-in-flight time ({@code inFlightArea}) of the period just ended.
   */
  int desired(long cpuArea, long inFlightArea) {
    int slot = evaluations++ % WINDOW_EVALUATIONS;
    cpuAreaWindow[slot] = cpuArea;
    inFlightAreaWindow[slot] = inFlightArea;
    int filled = Math.min(evaluations, WINDOW_EVALUATIONS);
    long windowCpuArea = 0;
    long windowInFlightArea = 0;
    for (int i = 0; i < filled; i++) {
      windowCpuArea += cpuAreaWindow[i];
      windowInFlightArea += inFlightAreaWindow[i];
    }
    double windowNanos = (double) filled * EVALUATION_NANOS;
    double target = pool.targetUtilisation();
    return Math.min(
        pool.maxInstances(),
        Math.max(
            pool.minInstances(),
            Math.max(
                instancesFor(windowCpuArea / windowNanos / (target * pool.cpu().slots())),
                instancesFor(windowInFlightArea / windowNanos / (target * pool.concurrency())))));
  }

  /** Rounds a number of instances up, forgiving the last bits of floating-point arithmetic. */
  private static int instancesFor(double instances) {
    return (int) Math.ceil(instances - 1e-9);
  }
}
