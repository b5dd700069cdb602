package dev.billsim.platform;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Runs the CPU steps of requests placed on instances that share vCPUs (or on Durable Objects, each
 * an instance of one thread): each instance runs up to {@link CpuShare#slots()} steps at once,
 * first come, first served, and queues the rest.
 *
 * <p>An I/O step holds no vCPU (an event-driven or thread-per-request server waiting on the
 * network), so an instance can have many more requests in flight than vCPUs. The vCPUs busy across
 * all instances are integrated over time, the numerator of average CPU utilisation.
 *
 * <p>A step the run reports the end of ({@link PlatformHost#runCpu} returns true) frees its vCPU in
 * {@link #cpuEnded}. A step it does not (an I/O step follows, and the run goes straight to that
 * step's end: one event fewer per request) holds its vCPU until a known time, and the vCPU is freed
 * lazily: by the next step that finds every vCPU of the instance held, or by a timer at that time
 * when steps wait. Either way each vCPU passes to the longest-waiting step at the instant it frees,
 * so the steps start, wait and end at the times they would if every end were an event.
 */
final class InstanceCpus {
  private final PlatformHost host;
  private final CpuShare share;
  private final int slots;

  /** The id of the timer that frees an instance's vCPUs held until a known time. */
  private final IntUnaryOperator freeTimerId;

  /** The vCPUs held by steps whose ends are reported, across instances, over time. */
  private final TimeIntegral reportedBusy = new TimeIntegral();

  /** The vCPUs held per instance, by either kind of step; some held until now may not be freed. */
  private int[] busy = new int[16];

  private IntDeque[] waiting = new IntDeque[16];

  /**
   * The ends of the steps holding vCPUs until a known time: instance {@code i}'s are at {@code i *
   * slots} to {@code i * slots + heldUntilCount[i] - 1}, unordered.
   */
  private long[] heldUntilNanos;

  private int[] heldUntilCount = new int[16];

  /** Per instance, the earliest of its steps' ends above, or {@link Long#MAX_VALUE}. */
  private long[] earliestEndNanos = filled(16);

  /** Per instance, when its free timer is set to fire, or {@link Long#MAX_VALUE} if none is. */
  private long[] timerNanos = filled(16);

  /** The vCPU-time of steps held until a known time begun since the last {@link #takeBusyArea}. */
  private long heldArea;

  /** The part of their vCPU-time that lay after the last {@link #takeBusyArea}. */
  private long heldAreaAhead;

  /**
   * Creates the vCPUs of a model's instances; {@code freeTimerId} gives the id of a model timer
   * that, when it fires about an instance, calls {@link #free} with that instance.
   */
  InstanceCpus(PlatformHost host, CpuShare share, IntUnaryOperator freeTimerId) {
    this.host = host;
    this.share = share;
    this.slots = share.slots();
    this.freeTimerId = freeTimerId;
    this.heldUntilNanos = new long[busy.length * slots];
  }

  /** Returns the CPU steps an instance runs at once. */
  int slots() {
    return slots;
  }

  /** Runs a CPU step of a request on its instance, or queues it behind the busy vCPUs. */
  void cpu(int instance, int request, long cpuNanos) {
    if (instance >= busy.length) {
      grow(instance);
    }
    // Kept small for the compiler to inline: a free vCPU is the common case.
    if (busy[instance] < slots) {
      run(instance, request, cpuNanos, host.nowNanos());
    } else {
      cpuOnFullInstance(instance, request, cpuNanos);
    }
  }

  /**
   * Runs a CPU step on an instance whose vCPUs are all held, some perhaps only until now or before,
   * or queues it.
   */
  private void cpuOnFullInstance(int instance, int request, long cpuNanos) {
    long now = host.nowNanos();
    if (earliestEndNanos[instance] <= now) {
      freeEnded(instance, now);
      if (busy[instance] < slots) {
        run(instance, request, cpuNanos, now);
        return;
      }
    }
    if (waiting[instance] == null) {
      waiting[instance] = new IntDeque(4); // only where steps ever wait: objects may be millions
    }
    waiting[instance].addLast(request);
    setFreeTimer(instance);
  }

  /** Frees the vCPU of a step whose end was reported, for the longest-waiting step if any. */
  void cpuEnded(int instance) {
    long now = host.nowNanos();
    IntDeque queue = waiting[instance];
    if (queue == null || queue.isEmpty()) {
      busy[instance]--;
      reportedBusy.add(-1, now);
    } else {
      // The vCPU stays busy, counted as held by a reported step unless the next one is not.
      int next = queue.removeFirst();
      if (!runOn(instance, next, host.currentStepNanos(next), now)) {
        reportedBusy.add(-1, now);
        setFreeTimer(instance);
      }
    }
  }

  /** Handles the free timer of {@code instance}: see {@link #setFreeTimer}. */
  void free(int instance) {
    long now = host.nowNanos();
    if (timerNanos[instance] != now) {
      return; // superseded by an earlier timer, which did this timer's work
    }
    timerNanos[instance] = Long.MAX_VALUE;
    freeEnded(instance, now);
    setFreeTimer(instance);
  }

  /** Returns the busy vCPU-time (slots x nanoseconds) across instances since the last call. */
  long takeBusyArea() {
    long now = host.nowNanos();
    long ahead = 0;
    for (int instance = 0; instance < heldUntilCount.length; instance++) {
      int base = instance * slots;
      for (int k = 0; k < heldUntilCount[instance]; k++) {
        ahead += Math.max(0, heldUntilNanos[base + k] - now);
      }
    }
    long area = reportedBusy.takeArea(now) + heldArea + heldAreaAhead - ahead;
    heldArea = 0;
    heldAreaAhead = ahead;
    return area;
  }

  /** Runs a step on a vCPU of {@code instance} that it has just found free. */
  private void run(int instance, int request, long cpuNanos, long now) {
    busy[instance]++;
    if (runOn(instance, request, cpuNanos, now)) {
      reportedBusy.add(1, now);
    }
  }

  /**
   * Runs a step on a vCPU of {@code instance} counted in {@link #busy}; returns true if its end
   * will be reported, else records the vCPU as held until the step's end.
   */
  private boolean runOn(int instance, int request, long cpuNanos, long now) {
    long wallNanos = share.wallNanos(cpuNanos);
    if (host.runCpu(request, cpuNanos, wallNanos)) {
      return true;
    }
    long endNanos = now + wallNanos;
    heldUntilNanos[instance * slots + heldUntilCount[instance]++] = endNanos;
    earliestEndNanos[instance] = Math.min(earliestEndNanos[instance], endNanos);
    heldArea += wallNanos;
    return false;
  }

  private void runNext(int instance, long now) {
    int next = waiting[instance].removeFirst();
    run(instance, next, host.currentStepNanos(next), now);
  }

  /**
   * Frees every vCPU of {@code instance} held until now or before, each for the longest-waiting
   * step if any (a step run so may itself end now, if it takes no time).
   */
  private void freeEnded(int instance, long now) {
    while (earliestEndNanos[instance] <= now) {
      int base = instance * slots;
      int count = heldUntilCount[instance];
      long earliest = Long.MAX_VALUE;
      int ended = 0;
      for (int k = 0; k < count; k++) {
        long end = heldUntilNanos[base + k];
        if (end <= now) {
          ended++;
        } else {
          heldUntilNanos[base + k - ended] = end;
          earliest = Math.min(earliest, end);
        }
      }
      heldUntilCount[instance] = count - ended;
      earliestEndNanos[instance] = earliest;
      busy[instance] -= ended;
      IntDeque queue = waiting[instance];
      for (int i = 0; i < ended && queue != null && !queue.isEmpty(); i++) {
        runNext(instance, now);
      }
    }
  }

  /**
   * Makes sure that, while steps wait on {@code instance}, a timer fires at the earliest end of its
   * vCPUs held until a known time: a reported end would hand its vCPU on by itself, this kind would
   * not. A timer set for a later time than needed is left to fire and do nothing.
   */
  private void setFreeTimer(int instance) {
    long at = earliestEndNanos[instance];
    IntDeque queue = waiting[instance];
    if (queue != null && !queue.isEmpty() && at < timerNanos[instance]) {
      timerNanos[instance] = at;
      host.timerAt(at, freeTimerId.applyAsInt(instance));
    }
  }

  private void grow(int instance) {
    int old = busy.length;
    int capacity = Math.max(instance + 1, old * 2);
    busy = Arrays.copyOf(busy, capacity);
    waiting = Arrays.copyOf(waiting, capacity);
    heldUntilNanos = Arrays.copyOf(heldUntilNanos, capacity * slots);
    heldUntilCount = Arrays.copyOf(heldUntilCount, capacity);
    earliestEndNanos = Arrays.copyOf(earliestEndNanos, capacity);
    Arrays.fill(earliestEndNanos, old, capacity, Long.MAX_VALUE);
    timerNanos = Arrays.copyOf(timerNanos, capacity);
    Arrays.fill(timerNanos, old, capacity, Long.MAX_VALUE);
  }

  private static long[] filled(int length) {
    long[] values = new long[length];
    Arrays.fill(values, Long.MAX_VALUE);
    return values;
  }
}
