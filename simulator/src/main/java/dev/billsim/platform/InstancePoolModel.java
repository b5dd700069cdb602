package dev.billsim.platform;

import dev.billsim.meter.Outcome;
import dev.billsim.workload.DurationSampler;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Models a pool of serverless container instances that each serve up to {@code concurrency}
 * requests at once (Cloud Run, Vercel Fluid compute).
 *
 * <p>Routing packs requests: each goes to the busiest instance that has room (the most recently
 * changed among equals), so the pool holds as few instances as its concurrency allows; at
 * concurrency 1 this is Lambda's rule. When no instance has room a new one starts (a cold start):
 * the request, and any that join the instance while it starts, wait for it. At the maximum number
 * of instances, requests wait for room in one queue and are refused (HTTP 429, counted as
 * throttled) after the queue timeout. Idle instances above the minimum are shut down after the idle
 * timeout; the minimum starts ready at time 0 and stays. CPU steps share the instance's vCPUs
 * ({@link InstanceCpus}).
 *
 * <p>Metering: an instance is billed while at least one request is on it: from the moment it
 * becomes busy (its start, for a cold start) until its last request leaves, each such busy period
 * rounded up to {@code billingStepNanos}, at its memory (its vCPUs are in the spec). The idle time
 * of the minimum instances, {@code max(0, min - busy instances)} over the horizon, is metered as
 * provisioned capacity. Not modelled: the platforms' own autoscalers (Cloud Run targets 60% CPU and
 * 60% of the concurrency, so it may start instances earlier than billsim does), startup CPU boost,
 * and shutdown time.
 */
final class InstancePoolModel implements PlatformModel {
  private static final int BOOTED = 0;
  private static final int RECLAIM = 1;
  private static final int QUEUE_TIMEOUT = 2;
  private static final int TIMER_KINDS = 2;

  private static final byte GONE = 0;
  private static final byte BOOTING = 1;
  private static final byte READY = 2;

  private final Simulation run;
  private final Pool pool;
  private final long billingStepNanos;
  private final InstanceCpus cpus;
  private final LoadBuckets withRoom;
  private final DurationSampler startupNanos;
  private final IntDeque freeIds = new IntDeque(16);
  private final IntDeque waitingForRoom = new IntDeque(16);

  private byte[] state = new byte[16];
  private int[] load = new int[16];
  private long[] launchNanos = new long[16];
  private long[] busySinceNanos = new long[16];
  private long[] idleSinceNanos = new long[16];
  private IntDeque[] starting = new IntDeque[16];
  private int ids;
  private int alive;
  private int busyInstances;
  private long idleMinimumSinceNanos;
  private boolean reclaimPending;
  private boolean timeoutPending;

  InstancePoolModel(
      Simulation run, Pool pool, long billingStepNanos, RandomGenerator startupStream) {
    this.run = run;
    this.pool = pool;
    this.billingStepNanos = billingStepNanos;
    this.cpus = new InstanceCpus(run, pool.cpu());
    this.withRoom = new LoadBuckets(pool.concurrency());
    this.startupNanos = pool.startup().sampler(startupStream);
    for (int i = 0; i < pool.minInstances(); i++) {
      int instance = launch(0);
      state[instance] = READY;
      withRoom.insert(instance, 0);
    }
  }

  @Override
  public void admit(int request) {
    int instance = withRoom.busiestWithRoom();
    if (instance < 0) {
      if (alive == pool.maxInstances()) {
        waitingForRoom.addLast(request);
        run.hold(request);
        if (!timeoutPending) {
          timeoutPending = true;
          run.timerAt(run.nowNanos() + pool.queueTimeoutNanos(), QUEUE_TIMEOUT);
        }
        return;
      }
      instance = coldStart();
    }
    run.place(request, instance);
    addLoad(instance);
    if (state[instance] == BOOTING) {
      starting[instance].addLast(request);
      run.hold(request);
    } else {
      run.startNow(request);
    }
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    cpus.cpu(run.placement(request), request, cpuNanos);
  }

  @Override
  public void cpuEnded(int request) {
    cpus.cpuEnded(run.placement(request));
  }

  @Override
  public void finished(int request) {
    int instance = run.placement(request);
    if (waitingForRoom.isEmpty()) {
      removeLoad(instance);
    } else {
      int next = waitingForRoom.removeFirst(); // takes the freed room: the load stays
      run.place(next, instance);
      run.resume(next);
    }
  }

  @Override
  public void timer(int id) {
    int instance = id >>> TIMER_KINDS;
    switch (id & ((1 << TIMER_KINDS) - 1)) {
      case BOOTED -> {
        state[instance] = READY;
        IntDeque queue = starting[instance];
        while (!queue.isEmpty()) {
          run.resume(queue.removeFirst());
        }
      }
      case RECLAIM -> reclaim();
      case QUEUE_TIMEOUT -> expireQueue();
      default -> throw new IllegalStateException("unknown timer " + id);
    }
  }

  /** Meters the minimum instances' idle time to the horizon, and every instance's lifetime. */
  @Override
  public void close(long endNanos) {
    long at = Math.max(endNanos, run.horizonNanos());
    busyInstancesChange(0, at);
    for (int i = 0; i < ids; i++) {
      if (state[i] != GONE) {
        run.meter().instance(at - launchNanos[i]);
      }
    }
  }

  private int coldStart() {
    long now = run.nowNanos();
    int instance = launch(now);
    run.meter().coldStart();
    long startup = startupNanos.sampleNanos();
    if (startup == 0) {
      state[instance] = READY;
    } else {
      state[instance] = BOOTING;
      run.timerAt(now + startup, instance << TIMER_KINDS | BOOTED);
    }
    return instance;
  }

  private void addLoad(int instance) {
    withRoom.remove(instance);
    if (load[instance]++ == 0) {
      busySinceNanos[instance] = run.nowNanos(); // a cold start's startup is billed
      busyInstancesChange(+1, run.nowNanos());
    }
    withRoom.insert(instance, load[instance]);
  }

  private void removeLoad(int instance) {
    withRoom.remove(instance);
    if (--load[instance] == 0) {
      long now = run.nowNanos();
      long busy = now - busySinceNanos[instance];
      run.meter()
          .billed(
              (busy + billingStepNanos - 1) / billingStepNanos * billingStepNanos, pool.memoryMb());
      busyInstancesChange(-1, run.nowNanos());
      idleSinceNanos[instance] = now;
      if (!reclaimPending && alive > pool.minInstances()) {
        // No timer is due: this is the only idle instance that may be reclaimed.
        reclaimPending = true;
        run.timerAt(now + pool.idleTimeoutNanos(), RECLAIM);
      }
    }
    withRoom.insert(instance, load[instance]);
  }

  /** Meters the minimum instances' idle time up to {@code nanos} (capped at the horizon). */
  private void busyInstancesChange(int delta, long nanos) {
    long at = Math.min(nanos, run.horizonNanos());
    int idleMinimum = pool.minInstances() - busyInstances;
    if (idleMinimum > 0 && at > idleMinimumSinceNanos) {
      run.meter().provisioned(at - idleMinimumSinceNanos, idleMinimum * pool.memoryMb());
    }
    idleMinimumSinceNanos = Math.max(idleMinimumSinceNanos, at);
    busyInstances += delta;
  }

  /** Shuts down instances idle for the idle timeout, oldest first, keeping the minimum. */
  private void reclaim() {
    long now = run.nowNanos();
    int oldest = withRoom.longestIdle();
    while (alive > pool.minInstances()
        && oldest >= 0
        && idleSinceNanos[oldest] + pool.idleTimeoutNanos() <= now) {
      withRoom.remove(oldest);
      state[oldest] = GONE;
      alive--;
      freeIds.addLast(oldest);
      run.meter().instance(now - launchNanos[oldest]);
      oldest = withRoom.longestIdle();
    }
    reclaimPending = alive > pool.minInstances() && oldest >= 0;
    if (reclaimPending) {
      run.timerAt(idleSinceNanos[oldest] + pool.idleTimeoutNanos(), RECLAIM);
    }
  }

  private void expireQueue() {
    long now = run.nowNanos();
    long timeout = pool.queueTimeoutNanos();
    while (!waitingForRoom.isEmpty()
        && run.arrivalNanos(waitingForRoom.peekFirst()) + timeout <= now) {
      run.abandon(waitingForRoom.removeFirst(), Outcome.THROTTLED);
    }
    timeoutPending = !waitingForRoom.isEmpty();
    if (timeoutPending) {
      run.timerAt(run.arrivalNanos(waitingForRoom.peekFirst()) + timeout, QUEUE_TIMEOUT);
    }
  }

  private int launch(long now) {
    int instance;
    if (freeIds.isEmpty()) {
      instance = ids++;
      if (instance == state.length) {
        int capacity = instance * 2;
        state = Arrays.copyOf(state, capacity);
        load = Arrays.copyOf(load, capacity);
        launchNanos = Arrays.copyOf(launchNanos, capacity);
        busySinceNanos = Arrays.copyOf(busySinceNanos, capacity);
        idleSinceNanos = Arrays.copyOf(idleSinceNanos, capacity);
        starting = Arrays.copyOf(starting, capacity);
      }
      starting[instance] = new IntDeque(16);
    } else {
      instance = freeIds.removeLast();
    }
    launchNanos[instance] = now;
    idleSinceNanos[instance] = now;
    alive++;
    run.meter().instances(alive);
    return instance;
  }
}
