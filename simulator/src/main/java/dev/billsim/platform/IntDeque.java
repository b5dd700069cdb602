package dev.billsim.platform;

import java.util.Arrays;

/**
 * Holds ints in a growable ring buffer, taken from either end: a FIFO queue of waiting requests, or
 * the idle environments of a pool (reused from the newest end, expired from the oldest).
 *
 * <p>{@code java.util.ArrayDeque<Integer>} would box every element; this allocates only to grow.
 */
final class IntDeque {
  private int[] elements;
  private int head;
  private int size;

  IntDeque(int initialCapacity) {
    elements = new int[Integer.highestOneBit(Math.max(2, initialCapacity - 1)) << 1];
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Adds at the newest end. */
  void addLast(int value) {
    if (size == elements.length) {
      grow();
    }
    elements[(head + size++) & (elements.length - 1)] = value;
  }

  /** Removes and returns the newest element. */
  int removeLast() {
    return elements[(head + --size) & (elements.length - 1)];
  }

  /** Returns the oldest element without removing it. */
  int peekFirst() {
    return elements[head];
  }

  /** Removes and returns the oldest element. */
  int removeFirst() {
    int value = elements[head];
    head = (head + 1) & (elements.length - 1);
    size--;
    return value;
  }

  private void grow() {
    int[] grown = new int[elements.length * 2];
    for (int i = 0; i < size; i++) {
      grown[i] = elements[(head + i) & (elements.length - 1)];
    }
    elements = grown;
    head = 0;
  }

  @Override
  public String toString() {
    int[] ordered = new int[size];
    for (int i = 0; i < size; i++) {
      ordered[i] = elements[(head + i) & (elements.length - 1)];
    }
    return Arrays.toString(ordered);
  }
}
