package dev.billsim.importer;

import java.util.Objects;

/**
 * States one request as a log or trace recorded it: when it arrived, what it was, how long it took
 * and, where the format records them, its CPU time, response size, cold start and billed duration.
 * A figure the format does not record is {@link #UNKNOWN}.
 *
 * @param startNanos the arrival, in nanoseconds since the Unix epoch
 * @param route what names its class before templating: a route or path without its query, or a
 *     function's name
 * @param wallNanos the recorded duration, arrival to response (without a cold start's INIT)
 * @param cpuNanos the recorded CPU time, or {@link #UNKNOWN}
 * @param responseBytes the recorded response size, or {@link #UNKNOWN}
 * @param initNanos a cold start's INIT time, 0 for a warm request
 * @param billedNanos what the provider billed for it (Lambda's Billed Duration), or {@link
 *     #UNKNOWN}
 * @param memoryMb the configured memory (Lambda's Memory Size), or {@link #UNKNOWN}
 * @param failed whether it failed (an exception, a timeout, a 5xx)
 */
public record RecordedRequest(
    long startNanos,
    String route,
    long wallNanos,
    long cpuNanos,
    long responseBytes,
    long initNanos,
    long billedNanos,
    long memoryMb,
    boolean failed) {

  /** A figure the format does not record. */
  public static final long UNKNOWN = -1;

  /** Checks the figures. */
  public RecordedRequest {
    Objects.requireNonNull(route, "route");
    if (wallNanos < 0 || initNanos < 0) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (cpuNanos != UNKNOWN && (cpuNanos < 0 || cpuNanos > wallNanos)) {
      throw new IllegalArgumentException(
          "CPU time must be from 0 to the wall time: " + cpuNanos + " of " + wallNanos);
    }
  }
}
