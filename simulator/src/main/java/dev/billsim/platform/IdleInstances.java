package dev.billsim.platform;

import java.util.Arrays;

/**
 * Keeps a model's idle instances in the order they became idle: reused from the newest end (so a
 * burst's surplus is what expires), reclaimed from the oldest end once idle for the timeout, while
 * more than a minimum are alive.
 *
 * <p>One reclaim timer is pending at most: it is due when the oldest idle instance expires, and the
 * model's handler reclaims with {@link #pollExpired} and then calls {@link #rearm}. An instance
 * reused before its timer fires leaves the timer to find nothing and move on.
 */
final class IdleInstances {
  private final PlatformHost host;
  private final InstanceSlots slots;
  private final long timeoutNanos;
  private final int minimumAlive;
  private final int timerId;
  private final IntDeque idle = new IntDeque(16); // oldest idle first
  private long[] idleSinceNanos = new long[16];
  private boolean timerPending;

  /**
   * Creates the idle list of the instances of {@code slots}, reclaimed after {@code timeoutNanos}
   * as long as more than {@code minimumAlive} are alive, by the model's timer {@code timerId}.
   */
  IdleInstances(
      PlatformHost host, InstanceSlots slots, long timeoutNanos, int minimumAlive, int timerId) {
    this.host = host;
    this.slots = slots;
    this.timeoutNanos = timeoutNanos;
    this.minimumAlive = minimumAlive;
    this.timerId = timerId;
  }

  /** Returns whether no instance is idle. */
  boolean isEmpty() {
    return idle.isEmpty();
  }

  /** Adds an instance that became idle now; sets the reclaim timer if none is pending. */
  void add(int instance) {
    long now = host.nowNanos();
    if (instance >= idleSinceNanos.length) {
      idleSinceNanos =
          Arrays.copyOf(idleSinceNanos, Math.max(instance + 1, idleSinceNanos.length * 2));
    }
    idleSinceNanos[instance] = now;
    idle.addLast(instance);
    if (!timerPending && slots.alive() > minimumAlive) {
      timerPending = true;
      host.timerAt(now + timeoutNanos, timerId);
    }
  }

  /** Removes and returns the instance idle for the shortest time. */
  int takeNewest() {
    return idle.removeLast();
  }

  /**
   * Removes and returns the oldest idle instance if it has been idle for the timeout and more than
   * the minimum are alive, or returns -1. The caller releases the instance's slot.
   */
  int pollExpired() {
    if (slots.alive() > minimumAlive
        && !idle.isEmpty()
        && idleSinceNanos[idle.peekFirst()] + timeoutNanos <= host.nowNanos()) {
      return idle.removeFirst();
    }
    return -1;
  }

  /** Sets the reclaim timer for the oldest idle instance, if one may be reclaimed later. */
  void rearm() {
    timerPending = slots.alive() > minimumAlive && !idle.isEmpty();
    if (timerPending) {
      host.timerAt(idleSinceNanos[idle.peekFirst()] + timeoutNanos, timerId);
    }
  }
}
