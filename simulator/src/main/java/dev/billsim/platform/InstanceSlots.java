package dev.billsim.platform;

import java.util.Arrays;

/**
 * Hands out the ids of a model's instances (fleet instances, pool instances, Lambda environments),
 * reusing freed ones, the last freed first, and keeps each instance's launch time.
 *
 * <p>Ids index the model's own per-instance arrays, which grow with the ids: when a new id would
 * not fit, this doubles its own arrays and asks the model to resize its {@link Columns} to the same
 * capacity. Nothing is allocated per launch otherwise.
 */
final class InstanceSlots {
  /** Resizes a model's own per-instance arrays. */
  interface Columns {
    /** Grows every per-instance array to {@code capacity}, keeping the contents. */
    void resize(int capacity);
  }

  private final PlatformHost host;
  private final Columns columns;
  private final IntDeque free;
  private long[] launchNanos;
  private int ids;

  /** Creates slots with room for {@code initialCapacity} instances before any array grows. */
  InstanceSlots(PlatformHost host, int initialCapacity, Columns columns) {
    this.host = host;
    this.columns = columns;
    this.free = new IntDeque(initialCapacity);
    this.launchNanos = new long[initialCapacity];
  }

  /** Launches an instance at {@code nowNanos}: returns its id and meters the instances alive. */
  int launch(long nowNanos) {
    int instance;
    if (free.isEmpty()) {
      instance = ids++;
      if (instance == launchNanos.length) {
        int capacity = instance * 2;
        launchNanos = Arrays.copyOf(launchNanos, capacity);
        columns.resize(capacity);
      }
    } else {
      instance = free.removeLast();
    }
    launchNanos[instance] = nowNanos;
    host.meter().instances(alive());
    return instance;
  }

  /** Frees an instance's id for a later launch. */
  void release(int instance) {
    free.addLast(instance);
  }

  /** Returns when an instance was launched. */
  long launchNanos(int instance) {
    return launchNanos[instance];
  }

  /** Returns how many instances are alive: launched and not released. */
  int alive() {
    return ids - free.size();
  }

  /** Returns one more than the highest id handed out: the range to scan for every instance. */
  int ids() {
    return ids;
  }
}
