package dev.billsim.workload;

import java.util.Objects;

/**
 * Describes how requests arrive: an arrival process, and optionally sessions, which make each
 * arrival a user who sends several requests with think time between them.
 *
 * @param sessions null unless each arrival is a user session
 * @param webSockets null unless each arrival is a WebSocket connection
 */
public record Traffic(ArrivalSpec arrivals, Sessions sessions, WebSockets webSockets) {
  /** Checks the arrival process, and that arrivals are not both sessions and connections. */
  public Traffic {
    Objects.requireNonNull(arrivals, "arrivals");
    if (sessions != null && webSockets != null) {
      throw new IllegalArgumentException(
          "arrivals are sessions or WebSocket connections, not both");
    }
  }

  /**
   * Returns traffic whose arrivals are sessions, or single requests when {@code sessions} is null.
   */
  public Traffic(ArrivalSpec arrivals, Sessions sessions) {
    this(arrivals, sessions, null);
  }

  /** Returns open-loop traffic: each arrival is one request. */
  public static Traffic of(ArrivalSpec arrivals) {
    return new Traffic(arrivals, null, null);
  }

  /** Returns whether arrivals are WebSocket connections. */
  public boolean hasWebSockets() {
    return webSockets != null;
  }

  /** Returns whether arrivals are user sessions. */
  public boolean hasSessions() {
    return sessions != null;
  }
}
