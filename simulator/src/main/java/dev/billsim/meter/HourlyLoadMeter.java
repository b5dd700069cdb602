package dev.billsim.meter;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates a load balancer's load hour by hour ({@link HourLoad}): a few additions into arrays
 * sized from the horizon when the meter is made, nothing allocated per call. Whatever happens after
 * the horizon (requests draining) counts in its last hour; connection time after it is not counted.
 */
final class HourlyLoadMeter {
  private static final long HOUR_NANOS = 3_600_000_000_000L;

  private final long horizonNanos;
  private final long[] newConnections;
  private final long[] requests;
  private final long[] bytes;
  private final ExactSum[] connectionNanos;

  HourlyLoadMeter(long horizonNanos) {
    this.horizonNanos = horizonNanos;
    int hours = (int) Math.max(1, (horizonNanos + HOUR_NANOS - 1) / HOUR_NANOS);
    newConnections = new long[hours];
    requests = new long[hours];
    bytes = new long[hours];
    connectionNanos = new ExactSum[hours];
    for (int h = 0; h < hours; h++) {
      connectionNanos[h] = new ExactSum();
    }
  }

  private int hour(long nanos) {
    return (int) Math.min(nanos / HOUR_NANOS, newConnections.length - 1);
  }

  /** Records an HTTP request arriving on a new connection with a body of {@code requestBytes}. */
  void request(long nowNanos, long requestBytes) {
    int h = hour(nowNanos);
    newConnections[h]++;
    requests[h]++;
    bytes[h] += requestBytes;
  }

  /** Records bytes processed now: a WebSocket message, or a response. */
  void bytes(long nowNanos, long n) {
    bytes[hour(nowNanos)] += n;
  }

  /** Records a connection open from {@code fromNanos} to {@code toNanos}, hour by hour. */
  void connection(long fromNanos, long toNanos) {
    long to = Math.min(toNanos, horizonNanos);
    long at = fromNanos;
    while (at < to) {
      int h = hour(at);
      long end = h == newConnections.length - 1 ? to : Math.min(to, (h + 1) * HOUR_NANOS);
      connectionNanos[h].add(end - at);
      at = end;
    }
  }

  List<HourLoad> hours() {
    List<HourLoad> hours = new ArrayList<>(newConnections.length);
    for (int h = 0; h < newConnections.length; h++) {
      long start = h * HOUR_NANOS;
      hours.add(
          new HourLoad(
              Math.min(HOUR_NANOS, horizonNanos - start),
              newConnections[h],
              requests[h],
              connectionNanos[h].value(),
              bytes[h]));
    }
    return List.copyOf(hours);
  }
}
