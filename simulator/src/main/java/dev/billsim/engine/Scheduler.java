package dev.billsim.engine;

/**
 * Advances simulated time through typed events: the clock and the event queue of one run.
 *
 * <p>An event is a kind from the enum {@code E} and an {@code int} subject (a request slot, an
 * execution environment, ...). Both are packed into the queue's payload, so scheduling allocates
 * nothing; the kind comes back as the enum constant, never as a bare number.
 *
 * <p>Beside the queue the scheduler holds at most one event of a <em>feed</em>: a source whose next
 * event is known only once its last one is taken, such as the arrival process. Keeping it out of
 * the queue spares one queue insertion and removal per arrival; at equal times, queued events go
 * before the feed's (they were, in the common case, scheduled before the feed's event was drawn).
 *
 * @param <E> the run's event kinds
 */
public final class Scheduler<E extends Enum<E>> {
  /** The feed time when no feed event is pending: later than any event. */
  private static final long NO_FEED = Long.MAX_VALUE;

  private final E[] kinds;
  private final EventQueue queue;
  private long feedAtNanos = NO_FEED;
  private E feedKind;
  private int feedSubject;
  private long nowNanos;
  private long eventsProcessed;
  private E currentKind;
  private int currentSubject;

  /** Creates a scheduler at time zero for events of the given kinds. */
  public Scheduler(Class<E> kindType, int initialCapacity) {
    this.kinds = kindType.getEnumConstants();
    this.queue = new EventQueue(initialCapacity);
  }

  /** Returns the current simulated time in nanoseconds. */
  public long nowNanos() {
    return nowNanos;
  }

  /**
   * Schedules an event; time never runs backwards, so {@code atNanos} must not be in the past.
   *
   * @throws SimulationLimitException when {@code atNanos} is past {@link SimTime#END_NANOS}
   */
  public void schedule(long atNanos, E kind, int subject) {
    if (atNanos < nowNanos || atNanos > SimTime.END_NANOS) {
      throw misplaced(atNanos, kind);
    }
    queue.add(atNanos, ((long) kind.ordinal() << 32) | (subject & 0xFFFF_FFFFL));
  }

  /**
   * Returns the exception for an event scheduled in the past or past the end of simulated time.
   * Times stay below {@link SimTime#END_NANOS} and durations below {@link
   * SimTime#MAX_DURATION_NANOS}, so their sum cannot overflow: a time before now is a bug.
   */
  private RuntimeException misplaced(long atNanos, E kind) {
    if (atNanos > SimTime.END_NANOS) {
      return SimulationLimitException.pastEnd();
    }
    return new IllegalStateException(
        "event " + kind + " scheduled at " + atNanos + " ns, before now (" + nowNanos + " ns)");
  }

  /**
   * Schedules the feed's next event; the previous one must have been taken.
   *
   * @throws IllegalStateException when a feed event is still pending, or {@code atNanos} is past or
   *     after the end of simulated time: a feed's events are arrivals, before the horizon
   */
  public void scheduleFeed(long atNanos, E kind, int subject) {
    if (atNanos < nowNanos || atNanos > SimTime.END_NANOS) {
      throw new IllegalStateException(
          "feed event " + kind + " scheduled at " + atNanos + " ns, now is " + nowNanos + " ns");
    }
    if (feedAtNanos != NO_FEED) {
      throw new IllegalStateException("a feed event is already pending at " + feedAtNanos + " ns");
    }
    feedAtNanos = atNanos;
    feedKind = kind;
    feedSubject = subject;
  }

  /**
   * Takes the earliest pending event, moving the clock to its time.
   *
   * @return false when no event is pending, so the run is over
   */
  public boolean next() {
    long queuedNanos = queue.nextTimeNanos();
    // Ties go to the queue; EMPTY equals NO_FEED, so an empty queue never wins.
    if (queuedNanos <= feedAtNanos && queuedNanos != EventQueue.EMPTY) {
      assert queuedNanos >= nowNanos : "time ran backwards";
      nowNanos = queuedNanos;
      long payload = queue.removeFirst();
      currentKind = kinds[(int) (payload >>> 32)];
      currentSubject = (int) payload;
    } else if (feedAtNanos != NO_FEED) {
      nowNanos = feedAtNanos;
      currentKind = feedKind;
      currentSubject = feedSubject;
      feedAtNanos = NO_FEED;
    } else {
      return false;
    }
    eventsProcessed++;
    return true;
  }

  /**
   * Returns whether the feed's pending event is the one {@link #next()} would take: there is one,
   * and no queued event is due at or before it. A run that reads a feed drawn a chunk at a time
   * asks this before it takes an arrival whose successor is not yet drawn.
   */
  public boolean feedIsNext() {
    return feedAtNanos != NO_FEED && (queue.isEmpty() || queue.peekTimeNanos() > feedAtNanos);
  }

  /** Returns the kind of the event last taken by {@link #next()}. */
  public E kind() {
    return currentKind;
  }

  /** Returns the subject of the event last taken by {@link #next()}. */
  public int subject() {
    return currentSubject;
  }

  /** Returns the number of events taken so far. */
  public long eventsProcessed() {
    return eventsProcessed;
  }

  /** Returns the number of pending events, the feed's included. */
  public int pending() {
    return queue.size() + (feedAtNanos == NO_FEED ? 0 : 1);
  }
}
