package dev.billsim.importer;

/**
 * Places a Lambda request in time: at its START (or {@code platform.start}) when the log kept one,
 * else at its REPORT's time less its Duration, which is the same instant to the log's precision.
 */
final class Arrivals {
  private Arrivals() {}

  /**
   * Returns the arrival in nanoseconds since the epoch, or {@link RecordedRequest#UNKNOWN} when
   * neither time is known or the difference falls before the epoch.
   */
  static long startNanos(PendingStarts.Pending pending, long reportNanos, long wallNanos) {
    if (pending != null && pending.startNanos != RecordedRequest.UNKNOWN) {
      return pending.startNanos;
    }
    if (reportNanos == RecordedRequest.UNKNOWN || reportNanos < wallNanos) {
      return RecordedRequest.UNKNOWN;
    }
    return reportNanos - wallNanos;
  }
}
