package dev.billsim.workload;

import java.util.Objects;

/**
 * Turns arrivals into WebSocket connections: each arrival connects (the connect is one request of
 * class {@code connect}), then sends incoming messages, one request of class {@code message} each,
 * at intervals drawn from {@code messageInterval}, until {@code lifetime} has passed.
 *
 * <p>Messages arrive whatever the platform does with them (an open loop), so every platform sees
 * the same messages at the same times; each connection draws its lifetime, intervals and steps from
 * its own random stream. A message due exactly at the end of the lifetime is still sent.
 * Connections close at the horizon at the latest, like every arrival.
 *
 * @param connect the index of the request class run for the connect
 * @param message the index of the request class run for each incoming message
 */
public record WebSockets(
    DurationDistribution lifetime, DurationDistribution messageInterval, int connect, int message) {
  /** Checks the parts. */
  public WebSockets {
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(messageInterval, "messageInterval");
    if (connect < 0 || message < 0) {
      throw new IllegalArgumentException("request class indexes must not be negative");
    }
  }
}
