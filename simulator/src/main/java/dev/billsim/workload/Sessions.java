package dev.billsim.workload;

import java.util.Objects;

/**
 * Turns arrivals into user sessions (a closed loop): each arrival is a user who makes a number of
 * interactions, one request each, separated by think time after each response.
 *
 * <p>Think time is idle on every platform: no CPU, no request in flight. A session's next request
 * depends on when its previous one finished, so arrival times differ between platforms; the user is
 * the same everywhere (interactions, classes, steps and think times come from the session's own
 * random stream, seeded by its index).
 *
 * @param interactions requests per session, at least one
 * @param thinkTime the pause between a response and the user's next request
 */
public record Sessions(CountDistribution interactions, DurationDistribution thinkTime) {
  /** Checks that both parts are present. */
  public Sessions {
    Objects.requireNonNull(interactions, "interactions");
    Objects.requireNonNull(thinkTime, "thinkTime");
  }
}
