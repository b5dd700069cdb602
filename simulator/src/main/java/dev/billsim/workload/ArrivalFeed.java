package dev.billsim.workload;

/**
 * The open-loop arrivals of one run, taken one at a time: when each comes, its class, its steps and
 * its trace row. A run draws them itself ({@link TrafficSource}) or reads them from a {@link
 * TrafficTape} that generates them once for several platforms; both give the same sequence. The
 * class, steps and trace row are those of the current arrival: valid from a call of {@link
 * #nextArrivalNanos} that returned a time until the next call, and undefined after {@link
 * ArrivalProcess#NONE}.
 */
public interface ArrivalFeed {
  /**
   * Advances to the next arrival and returns its time, or {@link ArrivalProcess#NONE} when the
   * horizon is reached.
   */
  long nextArrivalNanos();

  /** Returns the class of the current arrival. */
  int requestClass();

  /** Writes the step durations of the current arrival into {@code into[offset...]}. */
  void arrivalSteps(long[] into, int offset);

  /** Returns a trace column of the current arrival ({@link TrafficSource#columnIndex}). */
  double attribute(int index);

  /**
   * Returns whether {@link #nextArrivalNanos} can be called now: always, but for a {@link
   * TrafficTape} reader that has read every request drawn so far by a tape that draws only when
   * told ({@link TrafficTape#allowChunks}).
   */
  default boolean ready() {
    return true;
  }
}
