package dev.billsim.engine;

import java.util.Arrays;

/**
 * Holds the far future of a large {@link EventQueue}, unsorted, in a ladder of one rung (W. T.
 * Tang, R. S. M. Goh and I. L.-J. Thng, "Ladder queue: an O(1) priority queue structure for
 * large-scale discrete event simulation", ACM TOMACS 15(3), 2005): {@value #BUCKETS} coarse buckets
 * of equal width from {@code startNanos}, and a top list for events beyond the last.
 *
 * <p>Adding an event appends it to its bucket or to the top: a write next to the previous one,
 * where a calendar of a million events reads and writes a node that has left the caches. The queue
 * takes whole buckets, earliest first ({@link #moveNextBucket}), into its calendar, which sorts
 * them while they are few; when the buckets run out, the top is spread over a new rung that spans
 * it. Lists keep the order events came in, and every move walks them in order, so equal times
 * (which always share a list) keep their insertion order.
 *
 * <p>Lists are chains of fixed-size chunks from one pool with a free list: memory follows the
 * events held, and nothing is allocated once the pool has grown to the run's peak.
 */
final class FarEvents {
  /** Coarse buckets in the rung: each holds about 1/4,096 of the events spread over it. */
  static final int BUCKETS = 4096;

  private static final int TOP = BUCKETS;
  private static final int NONE = -1;

  /** Events per chunk: small, as every non-empty list holds one partly filled. */
  private static final int CHUNK = 64;

  private static final int CHUNK_SHIFT = 6;

  // Per list (the buckets, then the top): first and last chunk, and the events in the last.
  private final int[] firstChunk = new int[BUCKETS + 1];
  private final int[] lastChunk = new int[BUCKETS + 1];
  private final int[] lastFill = new int[BUCKETS + 1];

  private long[] times;
  private long[] payloads;
  private int[] nextChunk;
  private int freeChunk = NONE;
  private int chunksAllocated;

  /** The rung's start and the shift of its bucket width. */
  private long startNanos;

  private int widthShift;

  /** The first bucket not yet moved to the calendar; BUCKETS when the rung is used up. */
  private int nextBucket = BUCKETS;

  private int size;

  /** Creates an empty far future; its first rung is laid when the top is first spread. */
  FarEvents() {
    times = new long[4 * CHUNK];
    payloads = new long[4 * CHUNK];
    nextChunk = new int[4];
    Arrays.fill(firstChunk, NONE);
    Arrays.fill(lastChunk, NONE);
  }

  /** Returns the number of events held. */
  int size() {
    return size;
  }

  /**
   * Adds an event at or after the end of the last bucket moved out (the queue's boundary between
   * near and far): to its bucket, or to the top past the rung's end.
   */
  void add(long timeNanos, long payload) {
    long bucket = (timeNanos - startNanos) >>> widthShift;
    append(bucket < BUCKETS && nextBucket < BUCKETS ? (int) bucket : TOP, timeNanos, payload);
    size++;
  }

  /**
   * Moves the earliest non-empty bucket into {@code near}, which must be empty, in order, laying a
   * new rung over the top first if the rung is used up, and returns the end of that bucket: every
   * event left is at or after it. There must be at least one event.
   */
  long moveNextBucket(CalendarQueue near) {
    while (nextBucket < BUCKETS && firstChunk[nextBucket] == NONE) {
      nextBucket++;
    }
    if (nextBucket == BUCKETS) {
      layRung();
    }
    int bucket = nextBucket++;
    int count = lastFill[bucket];
    for (int chunk = firstChunk[bucket]; chunk != lastChunk[bucket]; chunk = nextChunk[chunk]) {
      count += CHUNK;
    }
    near.sizeFor(count);
    for (int chunk = firstChunk[bucket]; chunk != NONE; ) {
      int end = chunk == lastChunk[bucket] ? lastFill[bucket] : CHUNK;
      int base = chunk << CHUNK_SHIFT;
      for (int i = base; i < base + end; i++) {
        near.add(times[i], payloads[i]);
      }
      size -= end;
      int following = nextChunk[chunk];
      nextChunk[chunk] = freeChunk;
      freeChunk = chunk;
      chunk = following;
    }
    firstChunk[bucket] = NONE;
    lastChunk[bucket] = NONE;
    if (size == 0) {
      // Retire the rung: the queue may next spill events from before its end, all to the top.
      nextBucket = BUCKETS;
    }
    return endOf(bucket);
  }

  /** Removes every event. */
  void clear() {
    Arrays.fill(firstChunk, NONE);
    Arrays.fill(lastChunk, NONE);
    freeChunk = NONE;
    chunksAllocated = 0;
    nextBucket = BUCKETS;
    size = 0;
  }

  /** Returns the end of a bucket, or the latest time there is if it lies past a {@code long}. */
  private long endOf(int bucket) {
    long end = startNanos + ((long) (bucket + 1) << widthShift);
    return end < startNanos ? Long.MAX_VALUE : end;
  }

  /** Spreads the top over a new rung from its earliest event, wide enough to hold its latest. */
  private void layRung() {
    long earliest = Long.MAX_VALUE;
    long latest = Long.MIN_VALUE;
    for (int chunk = firstChunk[TOP]; chunk != NONE; chunk = nextChunk[chunk]) {
      int end = chunk == lastChunk[TOP] ? lastFill[TOP] : CHUNK;
      int base = chunk << CHUNK_SHIFT;
      for (int i = base; i < base + end; i++) {
        earliest = Math.min(earliest, times[i]);
        latest = Math.max(latest, times[i]);
      }
    }
    startNanos = earliest;
    // The narrowest power-of-two width whose BUCKETS buckets reach the latest event.
    long span = latest - earliest;
    widthShift = 0;
    while ((span >>> widthShift) >= BUCKETS) {
      widthShift++;
    }
    nextBucket = 0;
    int chunk = firstChunk[TOP];
    int last = lastChunk[TOP];
    int lastEnd = lastFill[TOP];
    firstChunk[TOP] = NONE;
    lastChunk[TOP] = NONE;
    while (chunk != NONE) {
      int end = chunk == last ? lastEnd : CHUNK;
      int base = chunk << CHUNK_SHIFT;
      for (int i = base; i < base + end; i++) {
        append((int) ((times[i] - startNanos) >>> widthShift), times[i], payloads[i]);
      }
      // Freed only once read: the appends above may take chunks, never this one.
      int following = nextChunk[chunk];
      nextChunk[chunk] = freeChunk;
      freeChunk = chunk;
      chunk = following;
    }
  }

  private void append(int list, long timeNanos, long payload) {
    int chunk = lastChunk[list];
    if (chunk == NONE || lastFill[list] == CHUNK) {
      int fresh = allocateChunk();
      if (chunk == NONE) {
        firstChunk[list] = fresh;
      } else {
        nextChunk[chunk] = fresh;
      }
      lastChunk[list] = fresh;
      lastFill[list] = 0;
      chunk = fresh;
    }
    int i = (chunk << CHUNK_SHIFT) + lastFill[list]++;
    times[i] = timeNanos;
    payloads[i] = payload;
  }

  private int allocateChunk() {
    int chunk;
    if (freeChunk != NONE) {
      chunk = freeChunk;
      freeChunk = nextChunk[chunk];
    } else {
      chunk = chunksAllocated++;
      if (chunk == nextChunk.length) {
        nextChunk = Arrays.copyOf(nextChunk, 2 * chunk);
        times = Arrays.copyOf(times, 2 * chunk * CHUNK);
        payloads = Arrays.copyOf(payloads, 2 * chunk * CHUNK);
      }
    }
    nextChunk[chunk] = NONE;
    return chunk;
  }
}
