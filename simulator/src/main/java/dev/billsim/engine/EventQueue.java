package dev.billsim.engine;

/**
 * Holds pending events: a monotone priority queue ordered by time, then by insertion order.
 *
 * <p>A few pending events (up to {@value #FEW}, from an empty queue) are kept in a short sorted
 * array: most runs of one function or one server have only a step end or two and a timer pending,
 * and shifting a handful of times costs less than the calendar's buckets and search. Past that, and
 * up to {@value #DEFAULT_SPILL_SIZE} pending events, everything is in a calendar queue ({@link
 * CalendarQueue}), the fastest structure billsim measured at those sizes, until it is down to
 * {@code FEW / 4} events and hands them back to the array. Beyond it the calendar's linked nodes no
 * longer fit the caches, and each event would cost a few misses; so the queue keeps only the near
 * future there and spills the rest, unsorted, to a ladder rung ({@link FarEvents}), from which it
 * takes the earliest bucket back whenever the calendar runs dry. Every event before {@code
 * farStartNanos} is in the calendar and every other one in the far future, so the calendar's
 * earliest event is the queue's.
 *
 * <p>When to spill: once the calendar holds more than the spill size while the far future is empty,
 * the events past the first sixteenth of the calendar's span go. If that moves few (most events
 * bunched at the start), the calendar keeps them, and the next attempt waits until it has doubled,
 * so a run of ties never pays for a spill per event.
 */
public final class EventQueue {
  /** Pending events beyond which the far future is spilled: where the calendar slows down. */
  static final int DEFAULT_SPILL_SIZE = 1 << 16;

  /** The calendar keeps the first 1/16 of its span when it spills. */
  private static final int KEPT_SPAN_SHIFT = 4;

  private final CalendarQueue near;
  private final FarEvents far = new FarEvents();
  private final int spillSize;
  private final CalendarQueue.EventSink toFar = this::addFar;

  /** Events at or after this time are in the far future; before it, in the calendar. */
  private long farStartNanos = Long.MAX_VALUE;

  /** The calendar size at which the next spill is tried. */
  private int spillAt;

  /**
   * Up to this many events are kept in a short sorted array instead of the calendar, while the
   * calendar and the far future are empty: a run with a few events pending (M/M/1's single service
   * end; a Lambda function's step ends beside its one reclaim timer) then never touches the
   * calendar's buckets.
   */
  static final int FEW = 16;

  /** The calendar hands its events back to the short array once it holds this few. */
  private static final int FEW_AGAIN = FEW / 4;

  // The short array: events [fewHead, fewTail) in time order, ties in insertion order. While few
  // is set, the calendar and the far future are empty and every event is in the array; a
  // seventeenth event moves them all to the calendar first, ahead of the newcomer at equal times,
  // as they came first. While it is clear, the array is empty.
  private boolean few = true;
  private final long[] fewTimes = new long[FEW];
  private final long[] fewPayloads = new long[FEW];
  private int fewHead;
  private int fewTail;

  /** Creates a queue with room for {@code initialCapacity} events before its arrays grow. */
  public EventQueue(int initialCapacity) {
    this(initialCapacity, DEFAULT_SPILL_SIZE);
  }

  /** Creates a queue that spills past {@code spillSize} events: tests use a small one. */
  EventQueue(int initialCapacity, int spillSize) {
    if (initialCapacity < 1) {
      throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
    }
    this.near = new CalendarQueue(initialCapacity);
    this.spillSize = spillSize;
    this.spillAt = spillSize;
  }

  /**
   * Adds an event; events at equal times leave in the order they were added.
   *
   * @throws IllegalArgumentException when {@code timeNanos} is before the last event taken
   */
  public void add(long timeNanos, long payload) {
    if (few && fewTail - fewHead < FEW) {
      near.checkNotBeforeTaken(timeNanos);
      addFew(timeNanos, payload);
    } else {
      addBeyondFew(timeNanos, payload); // out of line, so that the short path inlines
    }
  }

  private void addBeyondFew(long timeNanos, long payload) {
    if (few) {
      moveFewToCalendar();
    }
    addQueued(timeNanos, payload);
  }

  /** Inserts an event into the short array after every event not later than it. */
  private void addFew(long timeNanos, long payload) {
    if (fewTail == FEW) {
      // Full at the end but not at the start: slide the events back to the start.
      int count = fewTail - fewHead;
      System.arraycopy(fewTimes, fewHead, fewTimes, 0, count);
      System.arraycopy(fewPayloads, fewHead, fewPayloads, 0, count);
      fewHead = 0;
      fewTail = count;
    }
    int i = fewTail;
    // From the end: a new event is most often the latest.
    while (i > fewHead && fewTimes[i - 1] > timeNanos) {
      fewTimes[i] = fewTimes[i - 1];
      fewPayloads[i] = fewPayloads[i - 1];
      i--;
    }
    fewTimes[i] = timeNanos;
    fewPayloads[i] = payload;
    fewTail++;
  }

  /** Moves the short array's events, in order, to the empty calendar and far future. */
  private void moveFewToCalendar() {
    for (int i = fewHead; i < fewTail; i++) {
      addQueued(fewTimes[i], fewPayloads[i]);
    }
    fewHead = 0;
    fewTail = 0;
    few = false;
  }

  /**
   * Moves the calendar's few events, in order, into the empty short array; {@code takenNanos} is
   * the time of the event just taken, to which the calendar's clock goes back, since the events
   * moved are not taken.
   */
  private void moveCalendarToFew(long takenNanos) {
    while (!near.isEmpty()) {
      long timeNanos = near.peekTimeNanos();
      long payload = near.removeFirst();
      fewTimes[fewTail] = timeNanos;
      fewPayloads[fewTail] = payload;
      fewTail++;
    }
    near.taken(takenNanos);
    few = true;
  }

  /** Adds an event to the calendar or the far future. */
  private void addQueued(long timeNanos, long payload) {
    if (timeNanos >= farStartNanos) {
      far.add(timeNanos, payload);
      return;
    }
    near.add(timeNanos, payload); // checks the time against the last event taken
    if (near.size() > spillAt && far.size() == 0) {
      spill();
    }
  }

  /** Returns whether no event is pending. */
  public boolean isEmpty() {
    return few ? fewTail == fewHead : near.isEmpty() && far.size() == 0;
  }

  /** Returns the number of pending events. */
  public int size() {
    return fewTail - fewHead + near.size() + far.size();
  }

  /** The time {@link #nextTimeNanos()} returns when no event is pending: later than any event. */
  public static final long EMPTY = Long.MAX_VALUE;

  /**
   * Returns the time of the earliest event, or {@link #EMPTY} when none is pending: one call where
   * a caller would otherwise ask {@link #isEmpty()} and then {@link #peekTimeNanos()}.
   */
  public long nextTimeNanos() {
    if (few) {
      return fewTail > fewHead ? fewTimes[fewHead] : EMPTY;
    }
    return nextQueuedTimeNanos();
  }

  private long nextQueuedTimeNanos() {
    if (near.isEmpty()) {
      if (far.size() == 0) {
        return EMPTY;
      }
      fill();
    }
    return near.peekTimeNanos();
  }

  /** Returns the time of the earliest event; the queue must not be empty. */
  public long peekTimeNanos() {
    return few && fewTail > fewHead ? fewTimes[fewHead] : fill().peekTimeNanos();
  }

  /** Returns the payload of the earliest event; the queue must not be empty. */
  public long peekPayload() {
    return few && fewTail > fewHead ? fewPayloads[fewHead] : fill().peekPayload();
  }

  /**
   * Removes the earliest event and returns its payload (its time is {@link #peekTimeNanos()}'s);
   * the queue must not be empty.
   */
  public long removeFirst() {
    if (few && fewTail > fewHead) {
      near.taken(fewTimes[fewHead]);
      long payload = fewPayloads[fewHead++];
      if (fewHead == fewTail) {
        fewHead = 0;
        fewTail = 0;
      }
      return payload;
    }
    return removeQueued();
  }

  private long removeQueued() {
    CalendarQueue calendar = fill(); // throws when the queue is empty
    long takenNanos = calendar.peekTimeNanos();
    long payload = calendar.removeFirst();
    if (calendar.size() <= FEW_AGAIN && far.size() == 0) {
      moveCalendarToFew(takenNanos);
    }
    return payload;
  }

  /** Removes every pending event and restarts time at zero. */
  public void clear() {
    few = true;
    fewHead = 0;
    fewTail = 0;
    near.clear();
    far.clear();
    near.shrinks = true;
    farStartNanos = Long.MAX_VALUE;
    spillAt = spillSize;
  }

  /**
   * Returns the calendar, after moving the far future's earliest bucket into it if it was empty.
   */
  private CalendarQueue fill() {
    if (near.isEmpty() && far.size() > 0) {
      farStartNanos = far.moveNextBucket(near);
      spillAt = spillSize;
      near.shrinks = far.size() == 0;
    }
    return near;
  }

  /** Moves the calendar's events past the first sixteenth of its span to the far future. */
  private void spill() {
    long earliest = near.peekTimeNanos();
    long cut = earliest + ((near.latestTimeNanos() - earliest) >>> KEPT_SPAN_SHIFT);
    if (cut > earliest) {
      near.removeFrom(cut, toFar);
      farStartNanos = cut;
      near.shrinks = false;
    }
    spillAt = Math.max(spillSize, 2 * near.size());
  }

  private void addFar(long timeNanos, long payload) {
    far.add(timeNanos, payload);
  }
}
