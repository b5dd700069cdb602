package dev.billsim.engine;

import java.util.Arrays;

/**
 * Holds the near future of an {@link EventQueue}: a calendar queue, a monotone priority queue
 * ordered by time, then by insertion order.
 *
 * <p>A calendar queue (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for
 * the simulation event set problem", CACM 31(10), 1988) is a ring of buckets, like the days of a
 * year: an event at time t goes to bucket {@code (t / width) mod buckets}, into a short list kept
 * sorted. Taking the earliest event walks the ring from the current day and takes the first head
 * that falls within that day, so adding and taking cost O(1) on average when a day holds a few
 * events. Width and bucket count adapt to the run: the width follows the mean gap between events
 * taken (re-measured every {@value #RETUNE_EVERY} events) and, when the ring doubles (more events
 * than half its buckets) or halves (fewer than an eighth), the pending events' span over their
 * number. Both are powers of two, so a day is a shift and a mask, never a division.
 *
 * <p>Why not a heap: a request's life spans events milliseconds apart (CPU bursts) and seconds
 * apart (an LLM call). A binary or 4-ary heap pays O(log n) on every one; the radix heap billsim
 * used before moved a long wait down one bucket per halving of its distance, ten or more times. In
 * the hold model with a chat request's events this queue is 1.2 to 1.4 times as fast as that radix
 * heap up to 65,536 pending events, and slower at a million, where its linked nodes miss the caches
 * ({@code benchmarks/README.md}): past that, {@link EventQueue} keeps only the nearest events here.
 *
 * <p>Ties leave in insertion order, which makes runs reproducible: equal times fall in the same
 * bucket, where a new event goes after every event not later than it, and rebuilding the ring
 * re-inserts each bucket in order. Events live in parallel arrays linked by index with a free list;
 * nothing is allocated once the arrays have grown to the run's peak.
 */
final class CalendarQueue {
  private static final int NONE = -1;
  private static final int MIN_BUCKETS = 16;

  /** Events taken between two measurements of the mean gap. */
  private static final int RETUNE_EVERY = 4096;

  /**
   * The width is the power of two nearest below this many mean gaps. Brown suggests about three;
   * billsim's runs mix millisecond CPU bursts with second-long waits, and on them (2 days of the
   * 30-day scenario on Workers) 8 and 16 gaps ran in 3.2 s, 4 gaps in 3.3 s and 2 in 3.5 s.
   */
  private static final long GAPS_PER_BUCKET = 8;

  /** The widest bucket, 2^50 ns (13 days): keeps a day's end inside a {@code long}. */
  private static final int MAX_SHIFT = 50;

  /** The first width, 2^20 ns (about 1 ms), until the first measurement. */
  private static final int INITIAL_SHIFT = 20;

  private long[] times;
  private long[] payloads;
  private int[] next;
  private int freeList = NONE;
  private int allocated;

  private int[] heads;
  private int[] tails;

  /**
   * One bit per bucket, set while the bucket holds an event: the search for the earliest event
   * jumps over empty days a word at a time. A queue holding only events beyond a year of days (a
   * Lambda reclaim timer minutes ahead, between requests) otherwise walked every day of the ring
   * and then scanned every bucket, once per request (benchmarks/README.md, "the calendar's empty
   * days").
   */
  private long[] occupied;

  private int bucketMask;
  private int widthShift = INITIAL_SHIFT;

  /** The bucket of the day the search for the earliest event starts from, and that day's end. */
  private int cursor;

  private long cursorEndNanos;

  /** The earliest event once found, until it is removed or an earlier one is added. */
  private int front = NONE;

  /**
   * Whether the ring halves when the events fall below an eighth of it: not while it is refilled in
   * batches of about the same size ({@link EventQueue}), which would grow it straight back.
   */
  boolean shrinks = true;

  private long lastTimeNanos;
  private int size;
  private int takenSinceRetune;
  private long retuneStartNanos;

  /** Creates a queue with room for {@code initialCapacity} events before its arrays grow. */
  CalendarQueue(int initialCapacity) {
    if (initialCapacity < 1) {
      throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
    }
    times = new long[initialCapacity];
    payloads = new long[initialCapacity];
    next = new int[initialCapacity];
    setBuckets(MIN_BUCKETS);
    moveCursorTo(0);
  }

  /**
   * Adds an event; events at equal times leave in the order they were added.
   *
   * @throws IllegalArgumentException when {@code timeNanos} is before the last event taken
   */
  public void add(long timeNanos, long payload) {
    checkNotBeforeTaken(timeNanos);
    int node = allocate();
    times[node] = timeNanos;
    payloads[node] = payload;
    insert(node);
    if (size++ == 0) {
      // The only event is the earliest: where a peek's search from the cursor would end, on the
      // event's own day (the cursor is never past it), without the search: a calendar filled from
      // its EventQueue's short array, or from the far future, starts with one event.
      front = node;
      moveCursorTo(timeNanos);
    } else if (front != NONE && timeNanos < times[front]) {
      front = NONE; // earlier than the earliest event a peek found
    }
    if (timeNanos < cursorEndNanos - (1L << widthShift)) {
      // Before the cursor's day: a peek's search went past it, as when the run takes an arrival
      // that comes before the queue's earliest event and schedules an event sooner still.
      moveCursorTo(timeNanos);
    }
    if (size > (bucketMask + 1) >>> 1) {
      resize(2 * (bucketMask + 1));
    }
  }

  /**
   * Checks that an event is not before the last one taken.
   *
   * @throws IllegalArgumentException when it is
   */
  void checkNotBeforeTaken(long timeNanos) {
    if (timeNanos < lastTimeNanos) {
      throw new IllegalArgumentException(
          "time " + timeNanos + " ns is before the last event taken, " + lastTimeNanos + " ns");
    }
  }

  /**
   * Sets the calendar's clock, which its checks and its cursor use, to the queue's: the time of an
   * event its {@link EventQueue} took from its short array, or of the last event taken from the
   * calendar after the calendar handed its remaining events to that array (they are not taken).
   */
  void taken(long timeNanos) {
    lastTimeNanos = timeNanos;
  }

  /** Returns whether no event is pending. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the number of pending events. */
  public int size() {
    return size;
  }

  /** Returns the time of the earliest event; the queue must not be empty. */
  public long peekTimeNanos() {
    return times[front()];
  }

  /** Returns the payload of the earliest event; the queue must not be empty. */
  public long peekPayload() {
    return payloads[front()];
  }

  /** Removes the earliest event and returns its payload; the queue must not be empty. */
  public long removeFirst() {
    int node = front();
    long payload = payloads[node];
    int b = cursor; // front() leaves the cursor on the earliest event's bucket
    heads[b] = next[node];
    if (heads[b] == NONE) {
      tails[b] = NONE;
      occupied[b >>> 6] &= ~(1L << b);
    }
    next[node] = freeList;
    freeList = node;
    front = NONE;
    size--;
    lastTimeNanos = times[node];
    if (++takenSinceRetune == RETUNE_EVERY) {
      retune();
    } else if (size < (bucketMask + 1) >>> 3 && bucketMask + 1 > MIN_BUCKETS && shrinks) {
      resize((bucketMask + 1) >>> 1);
    }
    return payload;
  }

  /**
   * Sizes the ring of an empty calendar for {@code events} about to be added at once, growing or
   * shrinking it now: added one by one they would rebuild it at every doubling, and taken one by
   * one, at every halving. Keeps the width.
   */
  void sizeFor(int events) {
    if (size != 0) {
      throw new IllegalStateException("the calendar holds events: " + size);
    }
    int buckets = MIN_BUCKETS;
    while (buckets >>> 1 < events) {
      buckets <<= 1;
    }
    if (buckets != bucketMask + 1) {
      setBuckets(buckets);
      front = NONE;
      moveCursorTo(lastTimeNanos);
    }
  }

  /** Returns the time of the latest pending event; the queue must not be empty. */
  long latestTimeNanos() {
    long latest = Long.MIN_VALUE;
    for (int b = 0; b <= bucketMask; b++) {
      if (tails[b] != NONE) {
        latest = Math.max(latest, times[tails[b]]);
      }
    }
    return latest;
  }

  /**
   * Removes every event at or after {@code cutNanos} and hands each to {@code sink}, bucket by
   * bucket; equal times share a bucket, so they reach the sink in the order they were added. The
   * ring then shrinks to the events left.
   */
  void removeFrom(long cutNanos, EventSink sink) {
    for (int b = 0; b <= bucketMask; b++) {
      int previous = NONE;
      int node = heads[b];
      while (node != NONE && times[node] < cutNanos) {
        previous = node;
        node = next[node];
      }
      if (node == NONE) {
        continue;
      }
      // The list is sorted: from this node on, every event goes.
      if (previous == NONE) {
        heads[b] = NONE;
        occupied[b >>> 6] &= ~(1L << b);
      } else {
        next[previous] = NONE;
      }
      tails[b] = previous;
      while (node != NONE) {
        sink.accept(times[node], payloads[node]);
        int following = next[node];
        next[node] = freeList;
        freeList = node;
        size--;
        node = following;
      }
    }
    front = NONE;
    int buckets = MIN_BUCKETS;
    while (buckets >>> 1 < size) {
      buckets <<= 1;
    }
    resize(buckets);
  }

  /** Receives events a queue gives up, one at a time. */
  interface EventSink {
    /** Takes one event. */
    void accept(long timeNanos, long payload);
  }

  /** Removes every pending event and restarts time at zero. */
  public void clear() {
    setBuckets(bucketMask + 1);
    freeList = NONE;
    allocated = 0;
    size = 0;
    front = NONE;
    lastTimeNanos = 0;
    takenSinceRetune = 0;
    retuneStartNanos = 0;
    moveCursorTo(0);
  }

  /** Returns the earliest event, found once and kept until it changes. */
  private int front() {
    int found = front;
    // The search stays out of line, so that callers inlining this keep their compiled code small.
    return found != NONE ? found : findFront();
  }

  /**
   * Finds the earliest event, leaving the cursor on its bucket: the first bucket, day by day from
   * the cursor's, whose head falls within its day; else, after a year of days, the least head.
   * Empty buckets are skipped by their bits, so both cost about the number of occupied buckets.
   */
  private int findFront() {
    if (size == 0) {
      throw new IllegalStateException("the event queue is empty");
    }
    // Day by day while days hold events, as most do in a busy run; an empty day's bit leads to the
    // next occupied one in a few instructions.
    for (int walked = 0; walked <= bucketMask; ) {
      int head = heads[cursor];
      int days = 1;
      if (head == NONE) {
        days = daysToOccupied(cursor);
      } else if (times[head] < cursorEndNanos) {
        front = head;
        return head;
      }
      walked += days;
      cursor = (cursor + days) & bucketMask;
      cursorEndNanos += (long) days << widthShift;
    }
    // Nothing within a year of days: the earliest event is the least bucket head.
    int least = NONE;
    for (int word = 0; word <= bucketMask >>> 6; word++) {
      for (long bits = occupied[word]; bits != 0; bits &= bits - 1) {
        int head = heads[(word << 6) | Long.numberOfTrailingZeros(bits)];
        if (least == NONE || times[head] < times[least]) {
          least = head;
        }
      }
    }
    moveCursorTo(times[least]);
    front = least;
    return least;
  }

  /**
   * Returns how many days on from bucket {@code from} the next occupied bucket is, {@code from}
   * itself being 0 days on; some bucket must be occupied.
   */
  private int daysToOccupied(int from) {
    int lastWord = bucketMask >>> 6;
    int word = from >>> 6;
    long bits = occupied[word] & (-1L << from); // a shift by from counts from & 63
    while (bits == 0) {
      word = word == lastWord ? 0 : word + 1;
      bits = occupied[word];
    }
    return (((word << 6) | Long.numberOfTrailingZeros(bits)) - from) & bucketMask;
  }

  private void moveCursorTo(long timeNanos) {
    long day = timeNanos >>> widthShift;
    cursor = (int) day & bucketMask;
    cursorEndNanos = (day + 1) << widthShift;
  }

  /** Links a node into its bucket after every node not later than it. */
  private void insert(int node) {
    long t = times[node];
    int b = (int) (t >>> widthShift) & bucketMask;
    int tail = tails[b];
    if (tail == NONE || times[tail] <= t) {
      // The common case: an empty bucket, or the latest event of its bucket.
      next[node] = NONE;
      if (tail == NONE) {
        heads[b] = node;
        occupied[b >>> 6] |= 1L << b;
      } else {
        next[tail] = node;
      }
      tails[b] = node;
      return;
    }
    int previous = NONE;
    int current = heads[b];
    while (times[current] <= t) {
      previous = current;
      current = next[current];
    }
    next[node] = current;
    if (previous == NONE) {
      heads[b] = node;
    } else {
      next[previous] = node;
    }
  }

  private int allocate() {
    if (freeList != NONE) {
      int node = freeList;
      freeList = next[node];
      return node;
    }
    if (allocated == times.length) {
      int capacity = times.length * 2;
      times = Arrays.copyOf(times, capacity);
      payloads = Arrays.copyOf(payloads, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    return allocated++;
  }

  /** Sets the width from the mean gap between the events taken since the last measurement. */
  private void retune() {
    long meanGapNanos = (lastTimeNanos - retuneStartNanos) / RETUNE_EVERY;
    takenSinceRetune = 0;
    retuneStartNanos = lastTimeNanos;
    int shift = shiftFor(meanGapNanos);
    // Rebuild only for a change of 4x or more: a rebuild touches every pending event.
    if (Math.abs(shift - widthShift) >= 2) {
      rebuild(bucketMask + 1, shift);
    }
  }

  /**
   * Changes the number of buckets, with a width from the pending events' own spread: their span
   * over their number. Events added faster than they are taken (a run's start, a queue filled
   * before it is drained) would otherwise pile into the few buckets of a width measured when the
   * queue was sparse, and each insertion would walk a long list.
   */
  private void resize(int buckets) {
    long earliest = Long.MAX_VALUE;
    long latest = Long.MIN_VALUE;
    for (int b = 0; b <= bucketMask; b++) {
      if (heads[b] != NONE) {
        earliest = Math.min(earliest, times[heads[b]]);
        latest = Math.max(latest, times[tails[b]]);
      }
    }
    int shift = size == 0 ? widthShift : shiftFor((latest - earliest) / size);
    rebuild(buckets, shift);
  }

  /** Returns the shift of the width for a mean gap between events: about GAPS_PER_BUCKET gaps. */
  private static int shiftFor(long meanGapNanos) {
    long target = Math.max(1, GAPS_PER_BUCKET * meanGapNanos);
    return Math.min(MAX_SHIFT, 63 - Long.numberOfLeadingZeros(target));
  }

  /** Re-inserts every pending event into a ring of {@code buckets} buckets of width 2^shift. */
  private void rebuild(int buckets, int shift) {
    // Chain every node, bucket by bucket and in order: equal times share a bucket, so re-inserting
    // the chain in order keeps their order.
    int first = NONE;
    int last = NONE;
    for (int b = 0; b <= bucketMask; b++) {
      if (heads[b] != NONE) {
        if (first == NONE) {
          first = heads[b];
        } else {
          next[last] = heads[b];
        }
        last = tails[b];
      }
    }
    setBuckets(buckets);
    widthShift = shift;
    for (int node = first; node != NONE; ) {
      int following = node == last ? NONE : next[node];
      insert(node);
      node = following;
    }
    front = NONE;
    moveCursorTo(lastTimeNanos);
  }

  /** Empties a ring of {@code buckets}; the arrays only grow, so shrinking allocates nothing. */
  private void setBuckets(int buckets) {
    int words = (buckets + 63) >>> 6;
    if (heads == null || heads.length < buckets) {
      heads = new int[buckets];
      tails = new int[buckets];
      occupied = new long[words];
    }
    Arrays.fill(heads, 0, buckets, NONE);
    Arrays.fill(tails, 0, buckets, NONE);
    Arrays.fill(occupied, 0, words, 0);
    bucketMask = buckets - 1;
  }
}
