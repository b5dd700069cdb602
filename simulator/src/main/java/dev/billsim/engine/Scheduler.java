package dev.billsim.engine;

/**
 * Advances simulated time through typed events: the clock and the event queue of one run.
 *
 * <p>An event is a kind from the enum {@code E} and an {@code int} subject (a request slot, an
 * execution environment, ...). Both are packed into the queue's payload, so scheduling allocates
 * nothing; the kind comes back as the enum constant, never as a bare number.
 *
 * @param <E> the run's event kinds
 */
public final class Scheduler<E extends Enum<E>> {
  private final E[] kinds;
  private final EventQueue queue;
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

  /** Schedules an event; time never runs backwards, so {@code atNanos} must not be in the past. */
  public void schedule(long atNanos, E kind, int subject) {
    if (atNanos < nowNanos) {
      throw new IllegalStateException(
          "event " + kind + " scheduled at " + atNanos + " ns, before now (" + nowNanos + " ns)");
    }
    queue.add(atNanos, ((long) kind.ordinal() << 32) | (subject & 0xFFFF_FFFFL));
  }

  /**
   * Takes the earliest pending event, moving the clock to its time.
   *
   * @return false when no event is pending, so the run is over
   */
  public boolean next() {
    if (queue.isEmpty()) {
      return false;
    }
    nowNanos = queue.peekTimeNanos();
    long payload = queue.peekPayload();
    queue.removeFirst();
    currentKind = kinds[(int) (payload >>> 32)];
    currentSubject = (int) payload;
    eventsProcessed++;
    return true;
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

  /** Returns the number of pending events. */
  public int pending() {
    return queue.size();
  }
}
