package dev.billsim.fuzz;

import dev.billsim.scenario.Scenario;
import dev.billsim.workload.Traffic;
import dev.billsim.workload.Workload;

/**
 * Estimates how many requests a scenario makes, so that the fuzzer runs only scenarios that finish
 * in milliseconds: a mutation may legitimately ask for a year of traffic, which is slow, not wrong.
 */
final class RunBudget {
  private RunBudget() {}

  /**
   * Returns the expected number of requests over the horizon: arrivals, times the interactions of a
   * session, or times one connect plus the messages of a WebSocket's lifetime; NaN when unknown.
   */
  static double expectedRequests(Scenario scenario) {
    Workload workload = scenario.workload();
    long horizonNanos = workload.horizonNanos();
    Traffic traffic = workload.traffic();
    double requests = traffic.arrivals().expectedArrivals(0, horizonNanos);
    if (traffic.hasSessions()) {
      requests *= traffic.sessions().interactions().mean();
    }
    if (traffic.hasWebSockets()) {
      double lifetimeNanos =
          Math.min(traffic.webSockets().lifetime().meanNanos(), (double) horizonNanos);
      double intervalNanos = Math.max(1, traffic.webSockets().messageInterval().meanNanos());
      requests *= 1 + lifetimeNanos / intervalNanos;
    }
    return requests;
  }
}
