package dev.billsim.platform;

/**
 * Configures a fleet of identical instances or tasks behind a load balancer (EC2, Fargate).
 *
 * @param count instances running from the start; with scaling, within its min and max
 * @param scaling target tracking, or null for a fixed fleet
 * @param maxConcurrency requests an instance runs at once (connections, worker threads); the rest
 *     wait in its queue; {@link #UNLIMITED} for no limit
 * @param queueTimeoutNanos how long a request waits in an instance's queue before it fails, or
 *     {@link #NO_TIMEOUT}
 */
public record Fleet(int count, ScalingPolicy scaling, int maxConcurrency, long queueTimeoutNanos) {
  /** No per-instance concurrency limit. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** Requests wait in a queue for as long as it takes. */
  public static final long NO_TIMEOUT = Long.MAX_VALUE;

  /** Returns the most instances the fleet runs: its scaling maximum, or its count. */
  public int maxCount() {
    return scaling == null ? count : scaling.max();
  }

  /** Checks the settings. */
  public Fleet {
    if (count < 1) {
      throw new IllegalArgumentException("a fleet needs at least one instance: " + count);
    }
    if (scaling != null && (count < scaling.min() || count > scaling.max())) {
      throw new IllegalArgumentException("count must be within scaling's min and max: " + count);
    }
    if (maxConcurrency < 1 || queueTimeoutNanos <= 0) {
      throw new IllegalArgumentException("concurrency and queue timeout must be positive");
    }
  }

  /** Returns a fixed fleet of {@code count} instances with no concurrency limit. */
  public static Fleet fixed(int count) {
    return new Fleet(count, null, UNLIMITED, NO_TIMEOUT);
  }
}
