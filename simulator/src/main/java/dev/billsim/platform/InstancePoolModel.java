package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;
import dev.billsim.meter.StepRounding;
import dev.billsim.workload.DurationSampler;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Models a pool of serverless container instances that each serve up to {@code concurrency}
 * requests at once (Cloud Run, Vercel Fluid compute), behind a load balancer and an autoscaler.
 *
 * <p>Routing spreads requests: each goes to the least loaded serving instance that has room (the
 * most recently changed among equals). When none has room, an instance the autoscaler set aside is
 * taken back; failing that a new one starts (a cold start): the request, and any that join the
 * instance while it starts, wait for it. At the maximum number of instances, requests wait for room
 * in one queue and are refused (HTTP 429, counted as throttled) after the queue timeout.
 *
 * <p>The autoscaler runs every 10 s on the last minute (Cloud Run averages CPU utilisation and
 * concurrency "over a one minute window", aiming at 60% of each): it wants {@code max(min,
 * ceil(busy vCPUs / (target x vCPUs per instance)), ceil(requests in flight / (target x
 * concurrency)))} instances serving. Above that it starts instances ahead of demand (they serve
 * once started, and no request waits for them); below, it stops routing to the least loaded ones,
 * which finish their requests and then idle until taken back or shut down after the idle timeout,
 * oldest first. The minimum starts ready at time 0 and stays. CPU steps share the instance's vCPUs
 * ({@link InstanceCpus}).
 *
 * <p>Metering: an instance is billed while at least one request is on it: from the moment it
 * becomes busy (its start, for a cold start) until its last request leaves, each such busy period
 * rounded up to {@code billingStepNanos} but no instant billed twice (a period that starts within
 * the rounded tail of the one before bills only what lies beyond it), at its memory (its vCPUs are
 * in the spec); an instance the autoscaler starts is billed for its start too (Cloud Run bills
 * "when they start"). The idle time of the minimum instances, {@code max(0, min - busy instances)}
 * over the horizon, is metered as provisioned capacity. Not modelled: startup CPU boost, shutdown
 * time, and the exact shape of the providers' autoscalers beyond the published targets.
 */
final class InstancePoolModel implements PlatformModel {
  /** How often the autoscaler decides. */
  static final long EVALUATION_NANOS = 10 * SimTime.NANOS_PER_SECOND;

  /** The autoscaler's window, in evaluations: one minute. */
  private static final int WINDOW_EVALUATIONS = 6;

  private static final int COLD_BOOTED = 0;
  private static final int PRESTARTED = 1;
  private static final int RECLAIM = 2;
  private static final int QUEUE_TIMEOUT = 3;
  private static final int EVALUATE = 4;
  private static final int TIMER_KINDS = 3; // bits

  private static final byte GONE = 0;

  /** Started for a request that waits for it; routable. */
  private static final byte BOOTING = 1;

  /** Started by the autoscaler ahead of demand; routable once started. */
  private static final byte PRESTARTING = 2;

  private static final byte SERVING = 3;

  /** Set aside by the autoscaler: no new requests, finishing its own. */
  private static final byte DRAINING = 4;

  /** Set aside and idle: taken back first, shut down after the idle timeout. */
  private static final byte WARM = 5;

  private final Simulation run;
  private final Pool pool;
  private final StepRounding billingStep;
  private final InstanceCpus cpus;
  private final LoadBuckets withRoom;
  private final DurationSampler startupNanos;
  private final IntDeque freeIds = new IntDeque(16);
  private final IntDeque waitingForRoom = new IntDeque(16);
  private final IntDeque warm = new IntDeque(16); // oldest idle first
  private final TimeIntegral inFlight = new TimeIntegral();
  private final long[] cpuAreaWindow = new long[WINDOW_EVALUATIONS];
  private final long[] inFlightAreaWindow = new long[WINDOW_EVALUATIONS];

  private byte[] state = new byte[16];
  private int[] load = new int[16];
  private long[] launchNanos = new long[16];
  private long[] busySinceNanos = new long[16];
  private long[] idleSinceNanos = new long[16];
  private long[] billedUntilNanos = new long[16];
  private IntDeque[] starting = new IntDeque[16];
  private int ids;
  private int alive;
  private int routable;
  private int prestarting;
  private int draining;
  private int busyInstances;
  private int evaluations;
  private long idleMinimumSinceNanos;
  private boolean reclaimPending;
  private boolean timeoutPending;

  InstancePoolModel(
      Simulation run, Pool pool, long billingStepNanos, UniformRandomProvider startupStream) {
    this.run = run;
    this.pool = pool;
    this.billingStep = new StepRounding(billingStepNanos);
    this.cpus = new InstanceCpus(run, pool.cpu());
    this.withRoom = new LoadBuckets(pool.concurrency());
    this.startupNanos = pool.startup().sampler(startupStream);
    for (int i = 0; i < pool.minInstances(); i++) {
      serve(launch(0));
    }
    if (EVALUATION_NANOS < run.horizonNanos()) {
      run.timerAt(EVALUATION_NANOS, EVALUATE);
    }
  }

  @Override
  public void admit(int request) {
    int instance = withRoom.leastLoaded();
    if (instance < 0) {
      instance = takeBack();
    }
    if (instance < 0) {
      if (alive == pool.maxInstances()) {
        waitingForRoom.addLast(request);
        run.hold(request);
        if (!timeoutPending && pool.queueTimeoutNanos() != Pool.NO_TIMEOUT) {
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
      case COLD_BOOTED -> {
        if (state[instance] == BOOTING) {
          state[instance] = SERVING;
        } // else set aside while starting: it still serves the requests that waited
        IntDeque queue = starting[instance];
        while (!queue.isEmpty()) {
          run.resume(queue.removeFirst());
        }
      }
      case PRESTARTED -> prestarted(instance);
      case RECLAIM -> reclaim();
      case QUEUE_TIMEOUT -> expireQueue();
      case EVALUATE -> {
        evaluate();
        long next = run.nowNanos() + EVALUATION_NANOS;
        if (next < run.horizonNanos()) {
          run.timerAt(next, EVALUATE);
        }
      }
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
        retire(i, at);
      }
    }
  }

  /**
   * Sets the number of instances serving from the last minute's CPU and concurrency: see the class
   * comment.
   */
  private void evaluate() {
    int slot = evaluations++ % WINDOW_EVALUATIONS;
    cpuAreaWindow[slot] = cpus.takeBusyArea();
    inFlightAreaWindow[slot] = inFlight.takeArea(run.nowNanos());
    int filled = Math.min(evaluations, WINDOW_EVALUATIONS);
    long cpuArea = 0;
    long inFlightArea = 0;
    for (int i = 0; i < filled; i++) {
      cpuArea += cpuAreaWindow[i];
      inFlightArea += inFlightAreaWindow[i];
    }
    double windowNanos = (double) filled * EVALUATION_NANOS;
    double target = pool.targetUtilisation();
    int desired =
        Math.min(
            pool.maxInstances(),
            Math.max(
                pool.minInstances(),
                Math.max(
                    instancesFor(cpuArea / windowNanos / (target * cpus.slots())),
                    instancesFor(inFlightArea / windowNanos / (target * pool.concurrency())))));
    int serving = routable + prestarting;
    for (int i = serving; i < desired; i++) {
      if (takeBack() < 0) {
        if (alive == pool.maxInstances()) {
          break;
        }
        prestart();
      }
    }
    for (int i = desired; i < serving; i++) {
      int instance = withRoom.leastLoadedOldest();
      if (instance < 0) {
        break;
      }
      setAside(instance);
    }
  }

  /** Rounds a number of instances up, forgiving the last bits of floating-point arithmetic. */
  private static int instancesFor(double instances) {
    return (int) Math.ceil(instances - 1e-9);
  }

  /** Routes to an instance set aside, the most recently idle first, or returns -1. */
  private int takeBack() {
    if (!warm.isEmpty()) {
      int instance = warm.removeLast();
      serve(instance);
      return instance;
    }
    if (draining > 0) {
      // Rare (every serving instance full while some drain), so a scan does.
      for (int i = 0; i < ids; i++) {
        if (state[i] == DRAINING && load[i] < pool.concurrency()) {
          draining--;
          serve(i);
          return i;
        }
      }
    }
    return -1;
  }

  private void serve(int instance) {
    state[instance] = SERVING;
    routable++;
    withRoom.insert(instance, load[instance]);
  }

  private void setAside(int instance) {
    withRoom.remove(instance);
    routable--;
    if (load[instance] == 0) {
      idle(instance);
    } else {
      state[instance] = DRAINING;
      draining++;
    }
  }

  private void idle(int instance) {
    long now = run.nowNanos();
    state[instance] = WARM;
    idleSinceNanos[instance] = now;
    warm.addLast(instance);
    if (!reclaimPending && alive > pool.minInstances()) {
      reclaimPending = true;
      run.timerAt(now + pool.idleTimeoutNanos(), RECLAIM);
    }
  }

  private int coldStart() {
    long now = run.nowNanos();
    int instance = launch(now);
    run.meter().coldStart();
    long startup = startupNanos.sampleNanos();
    routable++;
    if (startup == 0) {
      state[instance] = SERVING;
    } else {
      state[instance] = BOOTING;
      run.timerAt(now + startup, timer(instance, COLD_BOOTED));
    }
    return instance;
  }

  private void prestart() {
    long now = run.nowNanos();
    int instance = launch(now);
    state[instance] = PRESTARTING;
    prestarting++;
    run.timerAt(now + startupNanos.sampleNanos(), timer(instance, PRESTARTED));
  }

  private void prestarted(int instance) {
    prestarting--;
    bill(instance, launchNanos[instance], run.nowNanos());
    serve(instance);
    while (!waitingForRoom.isEmpty() && load[instance] < pool.concurrency()) {
      int next = waitingForRoom.removeFirst();
      run.place(next, instance);
      addLoad(instance);
      run.resume(next);
    }
  }

  private void addLoad(int instance) {
    boolean filed = isRoutable(instance);
    if (filed) {
      withRoom.remove(instance);
    }
    inFlight.add(1, run.nowNanos());
    if (load[instance]++ == 0) {
      busySinceNanos[instance] = run.nowNanos(); // a cold start's startup is billed
      busyInstancesChange(+1, run.nowNanos());
    }
    if (filed) {
      withRoom.insert(instance, load[instance]);
    }
  }

  private void removeLoad(int instance) {
    boolean filed = isRoutable(instance);
    if (filed) {
      withRoom.remove(instance);
    }
    long now = run.nowNanos();
    inFlight.add(-1, now);
    if (--load[instance] == 0) {
      bill(instance, busySinceNanos[instance], now);
      busyInstancesChange(-1, now);
      if (state[instance] == DRAINING) {
        draining--;
        idle(instance);
      }
    }
    if (filed) {
      withRoom.insert(instance, load[instance]);
    }
  }

  private boolean isRoutable(int instance) {
    return state[instance] == SERVING || state[instance] == BOOTING;
  }

  /**
   * Bills a busy period rounded up to the billing step, less any part of it already billed by the
   * previous period's rounding: each period is rounded up, but no instant is billed twice, so an
   * instance never bills more than its lifetime plus one step.
   */
  private void bill(int instance, long fromNanos, long toNanos) {
    // No branch on whether the period was all billed already: whether it was is as good as random
    // (short requests on a 100 ms step), and billing 0 ns adds nothing and leaves the mark at or
    // before the next period's start.
    long from = StepRounding.later(fromNanos, billedUntilNanos[instance]);
    long billed = billingStep.roundUpElapsed(from, toNanos);
    billedUntilNanos[instance] = from + billed;
    run.meter().billed(billed, pool.memoryMb());
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
    while (alive > pool.minInstances()
        && !warm.isEmpty()
        && idleSinceNanos[warm.peekFirst()] + pool.idleTimeoutNanos() <= now) {
      int oldest = warm.removeFirst();
      state[oldest] = GONE;
      alive--;
      freeIds.addLast(oldest);
      retire(oldest, now);
    }
    reclaimPending = alive > pool.minInstances() && !warm.isEmpty();
    if (reclaimPending) {
      run.timerAt(idleSinceNanos[warm.peekFirst()] + pool.idleTimeoutNanos(), RECLAIM);
    }
  }

  private void expireQueue() {
    long now = run.nowNanos();
    long timeout = pool.queueTimeoutNanos(); // never NO_TIMEOUT: no timer is set for it
    while (!waitingForRoom.isEmpty()
        && run.arrivalNanos(waitingForRoom.peekFirst()) + timeout <= now) {
      run.abandon(waitingForRoom.removeFirst(), Outcome.THROTTLED);
    }
    timeoutPending = !waitingForRoom.isEmpty();
    if (timeoutPending) {
      run.timerAt(run.arrivalNanos(waitingForRoom.peekFirst()) + timeout, QUEUE_TIMEOUT);
    }
  }

  /** Meters an instance's life up to {@code nanos} or the horizon, as fleets do. */
  private void retire(int instance, long nanos) {
    long from = Math.min(launchNanos[instance], run.horizonNanos());
    run.meter()
        .instance(
            from, Math.max(from, Math.min(nanos, run.horizonNanos())), pool.cpu().milliVcpus());
  }

  private static int timer(int instance, int kind) {
    return instance << TIMER_KINDS | kind;
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
        billedUntilNanos = Arrays.copyOf(billedUntilNanos, capacity);
        starting = Arrays.copyOf(starting, capacity);
      }
      starting[instance] = new IntDeque(16);
    } else {
      instance = freeIds.removeLast();
    }
    launchNanos[instance] = now;
    idleSinceNanos[instance] = now;
    billedUntilNanos[instance] = now;
    alive++;
    run.meter().instances(alive);
    return instance;
  }
}
