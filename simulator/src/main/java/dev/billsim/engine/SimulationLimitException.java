package dev.billsim.engine;

import java.util.Locale;

/**
 * Signals a run that goes past what billsim can simulate: work that would end after {@link
 * SimTime#END_NANOS}, or more requests in flight at once than a run holds. Not a bug but the
 * scenario's: a platform that cannot keep up with its traffic. Reported like bad input, with what
 * was expected, what happened and a hint, and where (platform, simulated time) once the run adds
 * it.
 */
public final class SimulationLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final String KEEP_UP_HINT =
      "the platform cannot keep up with the traffic: give it more capacity (count, scaling.max,"
          + " max-instances), let it turn requests away (max-concurrency with queue-timeout),"
          + " or lower the rate or the work per request";

  private final String where;
  private final String expected;
  private final String got;
  private final String hint;

  private SimulationLimitException(String where, String expected, String got, String hint) {
    super((where.isEmpty() ? "" : where + ": ") + "expected " + expected + ", got " + got);
    this.where = where;
    this.expected = expected;
    this.got = got;
    this.hint = hint;
  }

  /** Returns the exception for an event scheduled past the end of simulated time. */
  static SimulationLimitException pastEnd() {
    return new SimulationLimitException(
        "",
        "work that ends within "
            + SimTime.formatRoughly(SimTime.END_NANOS)
            + " of simulated time"
            + " (billsim's limit)",
        "work that would end later: requests queue faster than they are served",
        KEEP_UP_HINT);
  }

  /** Returns the exception for more requests in flight than a run holds. */
  public static SimulationLimitException tooManyInFlight(long limit) {
    return new SimulationLimitException(
        "",
        String.format(
            Locale.ROOT, "at most %,d requests in flight at once (billsim's limit)", limit),
        "more: requests queue faster than they are served, and the queue grows without bound",
        KEEP_UP_HINT);
  }

  /** Returns this exception with where it happened: the platform and the simulated time. */
  public SimulationLimitException at(String platform, long nowNanos) {
    return new SimulationLimitException(
        "platform " + platform + ", at " + SimTime.formatRoughly(nowNanos) + " of simulated time",
        expected,
        got,
        hint);
  }

  /** Returns where it happened, or an empty string before the run has said. */
  public String where() {
    return where;
  }

  /** Returns what billsim can simulate. */
  public String expected() {
    return expected;
  }

  /** Returns what the run did instead. */
  public String got() {
    return got;
  }

  /** Returns how to fix the scenario. */
  public String hint() {
    return hint;
  }
}
