package dev.billsim.importer;

/**
 * States Lambda's billing rule for a request's duration, so that an import can tell which logs were
 * billed under it: since 1 August 2025 (AWS Compute Blog, 29 April 2025) an on-demand cold start's
 * INIT is billed too, and Billed Duration is Duration plus Init Duration, rounded up to the whole
 * millisecond. A log whose cold starts print less predates the change (or comes from a
 * configuration it did not touch). SnapStart differs: there Billed Duration is Duration plus Billed
 * Restore Duration, not plus Restore Duration (see {@link #expectedSnapStartBilledMillis}).
 */
public final class LambdaBilledDuration {
  private static final long NANOS_PER_MILLI = 1_000_000;

  private LambdaBilledDuration() {}

  /**
   * Returns the Billed Duration in milliseconds that Lambda prints today for a request of {@code
   * wallNanos} (Duration) after {@code initNanos} of INIT (0 for a warm request): {@code ceil((wall
   * + init) / 1 ms)}.
   */
  public static long expectedBilledMillis(long wallNanos, long initNanos) {
    if (wallNanos < 0 || initNanos < 0) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    // ceil(a / b) for a >= 0 as -floor(-a / b): Math.ceilDiv is Java 18.
    return -Math.floorDiv(-Math.addExact(wallNanos, initNanos), NANOS_PER_MILLI);
  }

  /**
   * Returns the Billed Duration in milliseconds of a SnapStart request: Duration plus the Billed
   * Restore Duration, rounded up; the snapshot's restore itself is not charged. Seen in every real
   * SnapStart REPORT line found, but not stated by AWS in so many words.
   */
  public static long expectedSnapStartBilledMillis(long wallNanos, long billedRestoreMillis) {
    return expectedBilledMillis(
        wallNanos, Math.multiplyExact(billedRestoreMillis, NANOS_PER_MILLI));
  }
}
