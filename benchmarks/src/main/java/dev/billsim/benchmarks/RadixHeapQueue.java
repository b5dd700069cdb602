package dev.billsim.benchmarks;

import java.util.Arrays;

/**
 * Holds pending events in a radix heap: a monotone priority queue ordered by time, then by
 * insertion order. billsim's event queue before its calendar queue, kept here as the comparison in
 * {@link EventQueueBenchmark#radixHold}.
 *
 * <p>A discrete-event simulation never schedules into the past, so the queue only has to serve keys
 * at or after the last one taken. A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, "Faster
 * algorithms for the shortest path problem", JACM 1990) keeps 65 buckets: bucket 0 holds events at
 * exactly the last time taken, and bucket {@code b > 0} holds events whose time first differs from
 * it at bit {@code b - 1}. Adding is O(1): one XOR and one leading-zero count. Taking the earliest
 * event is O(1) from bucket 0; when that is empty, the lowest non-empty bucket is split into lower
 * ones around its minimum, and an event moves down at most 64 times in its life, so removal is O(1)
 * amortised, against O(log n) for a binary or d-ary heap.
 *
 * <p>Ties leave in insertion order, which makes runs reproducible: events with equal times always
 * land in the same bucket (their XOR with the last time is equal), buckets are appended to in
 * insertion order, and a split moves entries in order into buckets that are empty. Each entry is a
 * (time, payload) pair in one {@code long[]} per bucket; nothing is allocated once the buckets have
 * grown to the run's peak.
 */
public final class RadixHeapQueue {
  private static final int BUCKETS = 65;
  private static final int STRIDE = 2;

  private final long[][] buckets = new long[BUCKETS][];

  /** Entries in each bucket. */
  private final int[] counts = new int[BUCKETS];

  /** Bit b set when bucket b has an entry (bit 64 lives in {@link #topBucketUsed}). */
  private long usedBuckets;

  private boolean topBucketUsed;

  /** Next entry to take from bucket 0, which is consumed from the front (FIFO). */
  private int frontIndex;

  private long lastTimeNanos;
  private int size;

  /** Creates a queue whose buckets start with room for {@code initialCapacity} events each. */
  public RadixHeapQueue(int initialCapacity) {
    if (initialCapacity < 1) {
      throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
    }
    for (int b = 0; b < BUCKETS; b++) {
      buckets[b] = new long[Math.min(initialCapacity, 64) * STRIDE];
    }
  }

  /**
   * Adds an event; events at equal times leave in the order they were added.
   *
   * @throws IllegalArgumentException when {@code timeNanos} is before the last event taken
   */
  public void add(long timeNanos, long payload) {
    if (timeNanos < lastTimeNanos) {
      throw new IllegalArgumentException(
          "time " + timeNanos + " ns is before the last event taken, " + lastTimeNanos + " ns");
    }
    append(bucketOf(timeNanos), timeNanos, payload);
    size++;
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
    return buckets[0][front() * STRIDE];
  }

  /** Returns the payload of the earliest event; the queue must not be empty. */
  public long peekPayload() {
    return buckets[0][front() * STRIDE + 1];
  }

  /** Removes the earliest event; the queue must not be empty. */
  public void removeFirst() {
    front();
    frontIndex++;
    size--;
    if (frontIndex == counts[0]) {
      frontIndex = 0;
      counts[0] = 0;
      usedBuckets &= ~1L;
    }
  }

  /** Removes every pending event and restarts time at zero. */
  public void clear() {
    Arrays.fill(counts, 0);
    usedBuckets = 0;
    topBucketUsed = false;
    frontIndex = 0;
    lastTimeNanos = 0;
    size = 0;
  }

  /** Returns the index in bucket 0 of the earliest event, splitting a higher bucket if needed. */
  private int front() {
    if ((usedBuckets & 1L) == 0) {
      if (size == 0) {
        throw new IllegalStateException("the event queue is empty");
      }
      split(lowestUsedBucket());
    }
    return frontIndex;
  }

  private int lowestUsedBucket() {
    return usedBuckets != 0 ? Long.numberOfTrailingZeros(usedBuckets) : BUCKETS - 1;
  }

  /** Moves every entry of bucket b, in order, into lower buckets around its earliest time. */
  private void split(int b) {
    long[] entries = buckets[b];
    int count = counts[b];
    long earliest = Long.MAX_VALUE;
    for (int i = 0; i < count * STRIDE; i += STRIDE) {
      earliest = Math.min(earliest, entries[i]);
    }
    lastTimeNanos = earliest;
    counts[b] = 0;
    clearUsed(b);
    for (int i = 0; i < count * STRIDE; i += STRIDE) {
      append(bucketOf(entries[i]), entries[i], entries[i + 1]);
    }
  }

  /** Returns 0 for the last time taken, else 1 + the highest bit where the time differs from it. */
  private int bucketOf(long timeNanos) {
    return 64 - Long.numberOfLeadingZeros(timeNanos ^ lastTimeNanos);
  }

  private void append(int b, long timeNanos, long payload) {
    long[] entries = buckets[b];
    int at = counts[b]++ * STRIDE;
    if (at == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
      buckets[b] = entries;
    }
    entries[at] = timeNanos;
    entries[at + 1] = payload;
    if (b < 64) {
      usedBuckets |= 1L << b;
    } else {
      topBucketUsed = true;
    }
  }

  private void clearUsed(int b) {
    if (b < 64) {
      usedBuckets &= ~(1L << b);
    } else {
      topBucketUsed = false;
    }
  }
}
