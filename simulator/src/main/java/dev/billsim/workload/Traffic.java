package dev.billsim.workload;

import java.util.Objects;

/**
 * Describes how requests arrive: an arrival process, and optionally sessions, which make each
 * arrival a user who sends several requests with think time between them.
 *
 * @param sessions null for open-loop traffic, where every arrival is one request
 */
public record Traffic(ArrivalSpec arrivals, Sessions sessions) {
  /** Checks the arrival process. */
  public Traffic {
    Objects.requireNonNull(arrivals, "arrivals");
  }

  /** Returns open-loop traffic: each arrival is one request. */
  public static Traffic of(ArrivalSpec arrivals) {
    return new Traffic(arrivals, null);
  }

  /** Returns whether arrivals are user sessions. */
  public boolean hasSessions() {
    return sessions != null;
  }
}
