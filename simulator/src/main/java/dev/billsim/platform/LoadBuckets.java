package dev.billsim.platform;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Groups the instances that have room for another request by how many they serve, so a router can
 * pack requests onto the busiest instance with room in {@code O(concurrency / 64)}, and find the
 * instance idle the longest in {@code O(1)}.
 *
 * <p>Each load has an intrusive doubly linked list, newest first: among equally loaded instances
 * the one that changed last is chosen, so at concurrency 1 routing is Lambda's "most recently idle
 * first", and the oldest idle instance is the first to be reclaimed. Nothing is allocated once the
 * arrays span the largest pool.
 */
final class LoadBuckets {
  private static final int NONE = -1;

  private final int[] head;
  private final int[] tail;
  private final BitSet occupied;
  private int[] next = new int[16];
  private int[] previous = new int[16];
  private int[] bucket = new int[16];

  /** Creates buckets for loads 0 to {@code concurrency - 1}: a full instance is in none. */
  LoadBuckets(int concurrency) {
    head = new int[concurrency];
    tail = new int[concurrency];
    occupied = new BitSet(concurrency);
    Arrays.fill(head, NONE);
    Arrays.fill(tail, NONE);
    Arrays.fill(bucket, NONE);
  }

  /** Files an instance under its load, first in line; a full instance is not filed. */
  void insert(int id, int load) {
    ensure(id);
    if (load >= head.length) {
      bucket[id] = NONE;
      return;
    }
    bucket[id] = load;
    previous[id] = NONE;
    next[id] = head[load];
    if (head[load] == NONE) {
      tail[load] = id;
      occupied.set(load);
    } else {
      previous[head[load]] = id;
    }
    head[load] = id;
  }

  /** Unfiles an instance, if filed. */
  void remove(int id) {
    if (id >= bucket.length) {
      return; // never filed
    }
    int load = bucket[id];
    if (load == NONE) {
      return;
    }
    bucket[id] = NONE;
    if (previous[id] == NONE) {
      head[load] = next[id];
    } else {
      next[previous[id]] = next[id];
    }
    if (next[id] == NONE) {
      tail[load] = previous[id];
    } else {
      previous[next[id]] = previous[id];
    }
    if (head[load] == NONE) {
      occupied.clear(load);
    }
  }

  /** Returns the busiest instance with room (the last changed among equals), or -1. */
  int busiestWithRoom() {
    int load = occupied.previousSetBit(head.length - 1);
    return load < 0 ? NONE : head[load];
  }

  /** Returns the instance idle the longest, or -1. */
  int longestIdle() {
    return tail[0];
  }

  private void ensure(int id) {
    if (id >= bucket.length) {
      int old = bucket.length;
      int capacity = Math.max(id + 1, old * 2);
      next = Arrays.copyOf(next, capacity);
      previous = Arrays.copyOf(previous, capacity);
      bucket = Arrays.copyOf(bucket, capacity);
      Arrays.fill(bucket, old, capacity, NONE);
    }
  }
}
