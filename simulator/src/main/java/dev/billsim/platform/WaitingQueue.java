package dev.billsim.platform;

/**
 * Holds requests that wait for room, first come first served, and gives up on each after a timeout
 * (a fleet instance's queue, a pool at its maximum).
 *
 * <p>Requests join on arrival, so the head is the oldest and the first to time out: one timer, due
 * at the head's timeout, is pending at most. The model's handler takes the expired requests with
 * {@link #pollExpired} and then calls {@link #rearm}. A request taken off the head before its
 * timeout leaves the timer to find nothing and move on.
 */
final class WaitingQueue {
  /** A timeout that never expires: requests wait as long as it takes. */
  static final long NO_TIMEOUT = Long.MAX_VALUE;

  private final PlatformHost host;
  private final long timeoutNanos;
  private final int timerId;
  private final IntDeque requests = new IntDeque(16);
  private boolean timerPending;

  /**
   * Creates a queue whose requests give up after {@code timeoutNanos}, by the timer {@code
   * timerId}.
   */
  WaitingQueue(PlatformHost host, long timeoutNanos, int timerId) {
    this.host = host;
    this.timeoutNanos = timeoutNanos;
    this.timerId = timerId;
  }

  /** Holds a request at the back; sets the timeout timer if none is pending. */
  void add(int request) {
    requests.addLast(request);
    host.hold(request);
    if (timeoutNanos != NO_TIMEOUT && !timerPending) {
      // The queue was empty, or a timer is already due no later than this request's timeout.
      timerPending = true;
      host.timerAt(host.nowNanos() + timeoutNanos, timerId);
    }
  }

  /** Returns whether no request waits. */
  boolean isEmpty() {
    return requests.isEmpty();
  }

  /** Removes and returns the request that has waited longest. */
  int removeFirst() {
    return requests.removeFirst();
  }

  /** Removes and returns the oldest request if it has waited for the timeout, or returns -1. */
  int pollExpired() {
    if (!requests.isEmpty()
        && host.arrivalNanos(requests.peekFirst()) + timeoutNanos <= host.nowNanos()) {
      return requests.removeFirst();
    }
    return -1;
  }

  /** Sets the timeout timer for the new head, if any request waits. */
  void rearm() {
    timerPending = !requests.isEmpty();
    if (timerPending) {
      host.timerAt(host.arrivalNanos(requests.peekFirst()) + timeoutNanos, timerId);
    }
  }
}
