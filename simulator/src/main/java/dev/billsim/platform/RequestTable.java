package dev.billsim.platform;

import dev.billsim.engine.SimulationLimitException;
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
  /**
   * The most requests a run holds in flight at once: 8,388,608, about half a gigabyte of table for
   * two-step requests. A platform that needs more is not keeping up with its traffic (its queue
   * grows without bound), and the run fails with a {@link SimulationLimitException} rather than run
   * out of memory.
   */
  static final int MAX_IN_FLIGHT = 1 << 23;

  static final byte REQUEST = 0;
  static final byte CONNECT = 1;
  static final byte MESSAGE = 2;

  private final int maxSteps;
  private final int capacityLimit;
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
    this(initialCapacity, maxSteps, MAX_IN_FLIGHT);
  }

  /** Creates a table that holds at most {@code maxInFlight} requests: tests use small limits. */
  RequestTable(int initialCapacity, int maxSteps, int maxInFlight) {
    this.maxSteps = maxSteps;
    // Step durations are indexed by slot * maxSteps, an int.
    this.capacityLimit = Math.min(maxInFlight, Integer.MAX_VALUE / Math.max(1, maxSteps));
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

  /** Returns the most requests this table holds at once. */
  int capacityLimit() {
    return capacityLimit;
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
    if (old >= capacityLimit) {
      throw SimulationLimitException.tooManyInFlight(capacityLimit);
    }
    int size = (int) Math.min(capacityLimit, old * 2L);
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
