package dev.billsim.platform;

import java.util.Arrays;

/**
 * A binary min-heap of instance ids ordered by load, then by id: a load balancer's "least
 * outstanding requests" in {@code O(log n)} per change, with ties going to the lowest id so that
 * routing is deterministic.
 *
 * <p>Loads change by one at a time through {@link #increment} and {@link #decrement}; instances
 * join and leave as a fleet scales. Nothing is allocated once the arrays span the largest fleet.
 */
final class LoadHeap {
  private int[] heap = new int[16];
  private int[] position = new int[16];
  private int[] load = new int[16];
  private int size;

  LoadHeap() {
    Arrays.fill(position, -1);
  }

  /** Returns how many instances the heap holds. */
  int size() {
    return size;
  }

  /** Returns whether the heap holds an instance. */
  boolean contains(int id) {
    return id < position.length && position[id] >= 0;
  }

  /** Returns the least loaded instance (lowest id on ties); the heap must not be empty. */
  int peek() {
    return heap[0];
  }

  /** Returns an instance's load. */
  int load(int id) {
    return load[id];
  }

  /** Adds an instance with a load. */
  void add(int id, int initialLoad) {
    if (id >= position.length) {
      int capacity = Math.max(id + 1, position.length * 2);
      int old = position.length;
      position = Arrays.copyOf(position, capacity);
      Arrays.fill(position, old, capacity, -1);
      load = Arrays.copyOf(load, capacity);
    }
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    load[id] = initialLoad;
    heap[size] = id;
    position[id] = size;
    siftUp(size++);
  }

  /** Removes an instance. */
  void remove(int id) {
    int at = position[id];
    position[id] = -1;
    int last = heap[--size];
    if (at == size) {
      return;
    }
    heap[at] = last;
    position[last] = at;
    siftDown(at);
    siftUp(position[last]);
  }

  /** Adds one to an instance's load. */
  void increment(int id) {
    load[id]++;
    int at = position[id];
    if (2 * at + 1 < size) { // a leaf, such as a fleet's only instance, has nowhere to go
      siftDown(at);
    }
  }

  /** Takes one from an instance's load. */
  void decrement(int id) {
    load[id]--;
    int at = position[id];
    if (at > 0) { // the root has nowhere to go
      siftUp(at);
    }
  }

  private boolean less(int a, int b) {
    return load[a] < load[b] || (load[a] == load[b] && a < b);
  }

  private void siftUp(int at) {
    int id = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!less(id, heap[parent])) {
        break;
      }
      heap[at] = heap[parent];
      position[heap[at]] = at;
      at = parent;
    }
    heap[at] = id;
    position[id] = at;
  }

  private void siftDown(int at) {
    int id = heap[at];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(heap[child + 1], heap[child])) {
        child++;
      }
      if (!less(heap[child], id)) {
        break;
      }
      heap[at] = heap[child];
      position[heap[at]] = at;
      at = child;
    }
    heap[at] = id;
    position[id] = at;
  }
}
