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
 * <p>Outgoing messages are not requests: the server sends them from inside a message's steps, so
 * they take no simulated time of their own. They are {@code replies} per incoming message that
 * completes, each of the message class's response size: what data transfer, a load balancer's
 * processed bytes and an API Gateway WebSocket API's message count are metered on.
 *
 * @param connect the index of the request class run for the connect
 * @param message the index of the request class run for each incoming message
 * @param replies the messages the server sends for each incoming message it handles (a chat room's
 *     fan-out counts every recipient), from zero
 */
public record WebSockets(
    DurationDistribution lifetime,
    DurationDistribution messageInterval,
    int connect,
    int message,
    long replies) {
  /** Checks the parts. */
  public WebSockets {
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(messageInterval, "messageInterval");
    if (replies < 0) {
      throw new IllegalArgumentException("replies must not be negative: " + replies);
    }
    if (connect < 0 || message < 0) {
      throw new IllegalArgumentException("request class indexes must not be negative");
    }
  }
}
