package dev.billsim.platform;

import java.util.Arrays;

/**
 * Holds the state of in-flight requests in parallel primitive arrays, reusing the slot of every
 * request that leaves.
 *
 * <p>A slot index is a request's identity while it is in flight. Memory is bounded by the peak
 * number in flight, not by the number of requests in a run, and nothing is allocated once the
 * arrays have grown to that peak.
 */
final class RequestTable {
  static final byte REQUEST = 0;
  static final byte CONNECT = 1;
  static final byte MESSAGE = 2;

  private final int maxSteps;
  long[] arrivalNanos;
  int[] requestClass;
  int[] step;
  long[] cpuNanos;
  boolean[] failed;

  /** Where the platform placed the request: an execution environment or an instance. */
  int[] placement;

  /** The user session or WebSocket connection the request belongs to, or -1. */
  int[] session;

  /** What the request is: {@link #REQUEST}, {@link #CONNECT} or {@link #MESSAGE}. */
  byte[] role;

  /** Step durations, {@code maxSteps} per slot. */
  long[] stepNanos;

  private int[] free;
  private int freeCount;

  RequestTable(int initialCapacity, int maxSteps) {
    this.maxSteps = maxSteps;
    arrivalNanos = new long[initialCapacity];
    requestClass = new int[initialCapacity];
    step = new int[initialCapacity];
    cpuNanos = new long[initialCapacity];
    failed = new boolean[initialCapacity];
    placement = new int[initialCapacity];
    session = new int[initialCapacity];
    role = new byte[initialCapacity];
    stepNanos = new long[initialCapacity * maxSteps];
    free = new int[initialCapacity];
    for (int i = 0; i < initialCapacity; i++) {
      free[i] = initialCapacity - 1 - i; // hand out low slots first
    }
    freeCount = initialCapacity;
  }

  /** Returns a free slot, reset for a new request, growing the table when all are taken. */
  int allocate() {
    if (freeCount == 0) {
      grow();
    }
    int slot = free[--freeCount];
    step[slot] = 0;
    cpuNanos[slot] = 0;
    failed[slot] = false;
    placement[slot] = -1;
    session[slot] = -1;
    role[slot] = REQUEST;
    return slot;
  }

  /** Returns a slot to the free list. */
  void release(int slot) {
    free[freeCount++] = slot;
  }

  /** Returns the index of step {@code s} of the request in {@code slot} in {@link #stepNanos}. */
  int stepIndex(int slot, int s) {
    return slot * maxSteps + s;
  }

  private void grow() {
    int old = arrivalNanos.length;
    int size = old * 2;
    arrivalNanos = Arrays.copyOf(arrivalNanos, size);
    requestClass = Arrays.copyOf(requestClass, size);
    step = Arrays.copyOf(step, size);
    cpuNanos = Arrays.copyOf(cpuNanos, size);
    failed = Arrays.copyOf(failed, size);
    placement = Arrays.copyOf(placement, size);
    session = Arrays.copyOf(session, size);
    role = Arrays.copyOf(role, size);
    stepNanos = Arrays.copyOf(stepNanos, size * maxSteps);
    free = Arrays.copyOf(free, size);
    for (int i = 0; i < size - old; i++) {
      free[i] = size - 1 - i;
    }
    freeCount = size - old;
  }
}
