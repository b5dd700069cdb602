package dev.billsim.meter;

import java.math.BigInteger;
import java.util.Objects;

/**
 * States what a load balancer carried in one hour of the horizon: what its capacity units are
 * billed on. Each HTTP request opens a connection of its own (no keep-alive reuse, an upper bound
 * on new connections) that lasts from its arrival to its departure; a WebSocket connection lasts
 * from its connect to its close, and its messages open none and go through no rules.
 *
 * @param nanos the hour's length: an hour, or less for the last hour of a horizon that is not a
 *     whole number of hours
 * @param newConnections connections opened in the hour
 * @param requests HTTP requests that arrived in the hour (what listener rules are evaluated for)
 * @param connectionNanos the time connections were open within the hour, summed: divided by {@code
 *     nanos}, the mean number of active connections
 * @param bytes request and response bytes processed in the hour
 */
public record HourLoad(
    long nanos, long newConnections, long requests, BigInteger connectionNanos, long bytes) {
  /** Checks the figures. */
  public HourLoad {
    Objects.requireNonNull(connectionNanos, "connectionNanos");
    if (nanos <= 0 || newConnections < 0 || requests < 0 || bytes < 0) {
      throw new IllegalArgumentException("an hour's load must be positive in length, not negative");
    }
  }
}
