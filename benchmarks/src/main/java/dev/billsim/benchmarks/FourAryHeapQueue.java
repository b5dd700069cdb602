package dev.billsim.benchmarks;

import java.util.Arrays;

/**
 * Holds pending events in a 4-ary min-heap ordered by time, then by insertion sequence: billsim's
 * first event queue, before the radix heap and the calendar queue, kept here as the comparison in
 * {@link EventQueueBenchmark#heapHold}.
 *
 * <p>Each entry is three consecutive longs of one array: time in nanoseconds, insertion sequence
 * and an opaque payload. Keeping an entry contiguous means a sift touches one cache line per level,
 * and a 4-ary heap has half the levels of a binary one; nothing is allocated per event once the
 * array has grown to the run's peak size.
 *
 * <p>The sequence number makes the order total: two events at the same nanosecond leave the queue
 * in the order they were added, whatever the heap's shape, so runs are reproducible.
 */
public final class FourAryHeapQueue {
  private static final int ARITY = 4;
  private static final int STRIDE = 3;
  private static final int TIME = 0;
  private static final int SEQUENCE = 1;
  private static final int PAYLOAD = 2;

  private long[] entries;
  private int size;
  private long nextSequence;

  /** Creates a queue with room for {@code initialCapacity} events before it grows. */
  public FourAryHeapQueue(int initialCapacity) {
    if (initialCapacity < 1) {
      throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
    }
    entries = new long[initialCapacity * STRIDE];
  }

  /** Adds an event; events at equal times leave in the order they were added. */
  public void add(long timeNanos, long payload) {
    if (size * STRIDE == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    long sequence = nextSequence++;
    siftUp(size++, timeNanos, sequence, payload);
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
    return entries[TIME];
  }

  /** Returns the payload of the earliest event; the queue must not be empty. */
  public long peekPayload() {
    return entries[PAYLOAD];
  }

  /** Removes the earliest event; the queue must not be empty. */
  public void removeFirst() {
    int last = --size;
    if (last > 0) {
      int at = last * STRIDE;
      siftDown(entries[at + TIME], entries[at + SEQUENCE], entries[at + PAYLOAD], last);
    }
  }

  /** Removes every pending event and restarts the sequence. */
  public void clear() {
    size = 0;
    nextSequence = 0;
  }

  private void siftUp(int index, long time, long sequence, long payload) {
    long[] e = entries;
    while (index > 0) {
      int parent = (index - 1) / ARITY;
      int p = parent * STRIDE;
      if (!before(time, sequence, e[p + TIME], e[p + SEQUENCE])) {
        break;
      }
      copy(e, p, index * STRIDE);
      index = parent;
    }
    put(e, index * STRIDE, time, sequence, payload);
  }

  /** Moves the hole at the root down until the given entry fits; {@code end} is the new size. */
  private void siftDown(long time, long sequence, long payload, int end) {
    long[] e = entries;
    int index = 0;
    while (true) {
      int firstChild = index * ARITY + 1;
      if (firstChild >= end) {
        break;
      }
      int lastChild = Math.min(firstChild + ARITY, end);
      int best = firstChild;
      int b = best * STRIDE;
      for (int child = firstChild + 1; child < lastChild; child++) {
        int c = child * STRIDE;
        if (before(e[c + TIME], e[c + SEQUENCE], e[b + TIME], e[b + SEQUENCE])) {
          best = child;
          b = c;
        }
      }
      if (!before(e[b + TIME], e[b + SEQUENCE], time, sequence)) {
        break;
      }
      copy(e, b, index * STRIDE);
      index = best;
    }
    put(e, index * STRIDE, time, sequence, payload);
  }

  private static boolean before(long time, long sequence, long otherTime, long otherSequence) {
    return time < otherTime || (time == otherTime && sequence < otherSequence);
  }

  private static void copy(long[] e, int from, int to) {
    e[to + TIME] = e[from + TIME];
    e[to + SEQUENCE] = e[from + SEQUENCE];
    e[to + PAYLOAD] = e[from + PAYLOAD];
  }

  private static void put(long[] e, int at, long time, long sequence, long payload) {
    e[at + TIME] = time;
    e[at + SEQUENCE] = sequence;
    e[at + PAYLOAD] = payload;
  }
}
