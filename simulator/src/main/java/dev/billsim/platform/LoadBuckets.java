package dev.billsim.platform;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Groups the instances that have room for another request by how many they serve, so a router can
 * find the least loaded instance in {@code O(concurrency / 64)}.
 *
 * <p>Each load has an intrusive doubly linked list, newest first: among equally loaded instances
 * the router takes the one that changed last (at concurrency 1 this is Lambda's "most recently idle
 * first"), and the autoscaler drains the one that changed first. Nothing is allocated once the
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

  /** Returns the least loaded instance with room (the last changed among equals), or -1. */
  int leastLoaded() {
    int load = occupied.nextSetBit(0);
    return load < 0 ? NONE : head[load];
  }

  /** Returns the least loaded instance with room (the first changed among equals), or -1. */
  int leastLoadedOldest() {
    int load = occupied.nextSetBit(0);
    return load < 0 ? NONE : tail[load];
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
