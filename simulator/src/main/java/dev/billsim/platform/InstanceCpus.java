package dev.billsim.platform;

import java.util.Arrays;

/**
 * Runs the CPU steps of requests placed on instances that share vCPUs: each instance runs up to
 * {@link CpuShare#slots()} steps at once, first come, first served, and queues the rest.
 *
 * <p>An I/O step holds no vCPU (an event-driven or thread-per-request server waiting on the
 * network), so an instance can have many more requests in flight than vCPUs. The vCPUs busy across
 * all instances are integrated over time, the numerator of average CPU utilisation.
 */
final class InstanceCpus {
  private final PlatformHost host;
  private final CpuShare share;
  private final int slots;
  private final TimeIntegral busySlots = new TimeIntegral();
  private int[] busy = new int[16];
  private IntDeque[] waiting = new IntDeque[16];

  InstanceCpus(PlatformHost host, CpuShare share) {
    this.host = host;
    this.share = share;
    this.slots = share.slots();
  }

  /** Returns the CPU steps an instance runs at once. */
  int slots() {
    return slots;
  }

  /** Runs a CPU step of a request on its instance, or queues it behind the busy vCPUs. */
  void cpu(int instance, int request, long cpuNanos) {
    ensure(instance);
    if (busy[instance] < slots) {
      busy[instance]++;
      busySlots.add(1, host.nowNanos());
      host.runCpu(request, cpuNanos, share.wallNanos(cpuNanos));
    } else {
      waiting[instance].addLast(request);
    }
  }

  /** Hands a freed vCPU to the longest-waiting CPU step on the same instance, if any. */
  void cpuEnded(int instance) {
    IntDeque queue = waiting[instance];
    if (queue.isEmpty()) {
      busy[instance]--;
      busySlots.add(-1, host.nowNanos());
    } else {
      int next = queue.removeFirst();
      long cpuNanos = host.currentStepNanos(next);
      host.runCpu(next, cpuNanos, share.wallNanos(cpuNanos));
    }
  }

  /** Returns the busy vCPU-time (slots x nanoseconds) across instances since the last call. */
  long takeBusyArea() {
    return busySlots.takeArea(host.nowNanos());
  }

  private void ensure(int instance) {
    if (instance >= busy.length) {
      int old = busy.length;
      int capacity = Math.max(instance + 1, old * 2);
      busy = Arrays.copyOf(busy, capacity);
      waiting = Arrays.copyOf(waiting, capacity);
    }
    if (waiting[instance] == null) {
      waiting[instance] = new IntDeque(16);
    }
  }
}
