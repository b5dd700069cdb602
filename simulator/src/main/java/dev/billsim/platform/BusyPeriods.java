package dev.billsim.platform;

import dev.billsim.meter.StepRounding;
import java.util.Arrays;

/**
 * Meters what a pool of instances bills ({@link InstancePoolModel}): each instance's busy periods,
 * rounded up to the billing step with no instant billed twice, and the idle time of the minimum
 * instances as provisioned capacity.
 */
final class BusyPeriods {
  private final PlatformHost host;
  private final StepRounding billingStep;
  private final long memoryMb;
  private final int minInstances;
  private long[] busySinceNanos = new long[16];
  private long[] billedUntilNanos = new long[16];
  private int busyInstances;
  private long idleMinimumSinceNanos;

  /** Creates the meter of a pool whose instances have {@code memoryMb}, at least {@code min}. */
  BusyPeriods(PlatformHost host, long billingStepNanos, long memoryMb, int minInstances) {
    this.host = host;
    this.billingStep = new StepRounding(billingStepNanos);
    this.memoryMb = memoryMb;
    this.minInstances = minInstances;
  }

  /** Grows the per-instance arrays to {@code capacity}, as the pool's instance ids grow. */
  void resize(int capacity) {
    busySinceNanos = Arrays.copyOf(busySinceNanos, capacity);
    billedUntilNanos = Arrays.copyOf(billedUntilNanos, capacity);
  }

  /** Learns that an instance was launched now: nothing of it is billed yet. */
  void launched(int instance, long nowNanos) {
    billedUntilNanos[instance] = nowNanos;
  }

  /** Starts a busy period of an instance now (a cold start's startup is billed with it). */
  void busy(int instance, long nowNanos) {
    busySinceNanos[instance] = nowNanos;
    busyInstancesChange(+1, nowNanos);
  }

  /** Ends a busy period of an instance now, and bills it. */
  void idle(int instance, long nowNanos) {
    bill(instance, busySinceNanos[instance], nowNanos);
    busyInstancesChange(-1, nowNanos);
  }

  /**
   * Bills a busy period rounded up to the billing step, less any part of it already billed by the
   * previous period's rounding: each period is rounded up, but no instant is billed twice, so an
   * instance never bills more than its lifetime plus one step.
   */
  void bill(int instance, long fromNanos, long toNanos) {
    // No branch on whether the period was all billed already: whether it was is as good as random
    // (short requests on a 100 ms step), and billing 0 ns adds nothing and leaves the mark at or
    // before the next period's start.
    long from = StepRounding.later(fromNanos, billedUntilNanos[instance]);
    long billed = billingStep.roundUpElapsed(from, toNanos);
    billedUntilNanos[instance] = from + billed;
    host.meter().billed(billed, memoryMb);
  }

  /** Meters the minimum instances' idle time up to {@code endNanos} or the horizon. */
  void close(long endNanos) {
    busyInstancesChange(0, endNanos);
  }

  /** Meters the minimum instances' idle time up to {@code nanos} (capped at the horizon). */
  private void busyInstancesChange(int delta, long nanos) {
    long at = Math.min(nanos, host.horizonNanos());
    int idleMinimum = minInstances - busyInstances;
    if (idleMinimum > 0 && at > idleMinimumSinceNanos) {
      host.meter().provisioned(at - idleMinimumSinceNanos, idleMinimum * memoryMb);
    }
    idleMinimumSinceNanos = Math.max(idleMinimumSinceNanos, at);
    busyInstances += delta;
  }
}
