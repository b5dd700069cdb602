package dev.billsim.platform;

import dev.billsim.meter.Outcome;
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
 * <p>Every 10 s the autoscaler ({@link PoolAutoscaler}) decides how many instances should serve.
 * Above that it starts instances ahead of demand (they serve once started, and no request waits for
 * them); below, it stops routing to the least loaded ones, which finish their requests and then
 * idle until taken back or shut down after the idle timeout, oldest first. The minimum starts ready
 * at time 0 and stays. CPU steps share the instance's vCPUs ({@link InstanceCpus}).
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
  /** Lists the model's timers; each handles itself, so an unhandled kind does not compile. */
  private enum Timer {
    /** A cold-started instance is ready: the requests that waited for it start. */
    COLD_BOOTED {
      @Override
      void fire(InstancePoolModel model, int instance) {
        model.coldBooted(instance);
      }
    },
    /** An instance the autoscaler started ahead of demand is ready. */
    PRESTARTED {
      @Override
      void fire(InstancePoolModel model, int instance) {
        model.prestarted(instance);
      }
    },
    /** The oldest idle instance may have been idle for the idle timeout. */
    RECLAIM {
      @Override
      void fire(InstancePoolModel model, int unused) {
        model.reclaim();
      }
    },
    /** The oldest request waiting for room may have waited for the queue timeout. */
    QUEUE_TIMEOUT {
      @Override
      void fire(InstancePoolModel model, int unused) {
        model.expireQueue();
      }
    },
    /** The autoscaler decides. */
    EVALUATE {
      @Override
      void fire(InstancePoolModel model, int unused) {
        model.evaluate();
      }
    },
    /** A vCPU of an instance held until a known time is free, and CPU steps wait for it. */
    CPU_FREED {
      @Override
      void fire(InstancePoolModel model, int instance) {
        model.cpus.free(instance);
      }
    };

    /** Handles this timer, set about {@code subject} (an instance, or 0). */
    abstract void fire(InstancePoolModel model, int subject);
  }

  private static final TimerIds<Timer> TIMERS = new TimerIds<>(Timer.class);

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

  private final PlatformHost host;
  private final Pool pool;
  private final BusyPeriods periods;
  private final InstanceCpus cpus;
  private final LoadBuckets withRoom;
  private final DurationSampler startupNanos;
  private final InstanceSlots slots;
  private final WaitingQueue waitingForRoom;
  private final IdleInstances warm;
  private final PoolAutoscaler autoscaler;
  private final TimeIntegral inFlight = new TimeIntegral();

  private byte[] state = new byte[16];
  private int[] load = new int[16];
  private IntDeque[] starting = new IntDeque[16];
  private int routable;
  private int prestarting;
  private int draining;

  InstancePoolModel(
      PlatformHost host, Pool pool, long billingStepNanos, UniformRandomProvider startupStream) {
    this.host = host;
    this.pool = pool;
    this.periods = new BusyPeriods(host, billingStepNanos, pool.memoryMb(), pool.minInstances());
    this.cpus =
        new InstanceCpus(host, pool.cpu(), instance -> TIMERS.id(Timer.CPU_FREED, instance));
    this.withRoom = new LoadBuckets(pool.concurrency());
    this.startupNanos = pool.startup().sampler(startupStream);
    this.slots = new InstanceSlots(host, 16, this::resize);
    this.waitingForRoom =
        new WaitingQueue(host, pool.queueTimeoutNanos(), TIMERS.id(Timer.QUEUE_TIMEOUT, 0));
    this.warm =
        new IdleInstances(
            host, slots, pool.idleTimeoutNanos(), pool.minInstances(), TIMERS.id(Timer.RECLAIM, 0));
    this.autoscaler = new PoolAutoscaler(pool);
    for (int i = 0; i < pool.minInstances(); i++) {
      serve(launch(0));
    }
    if (PoolAutoscaler.EVALUATION_NANOS < host.horizonNanos()) {
      TIMERS.set(host, PoolAutoscaler.EVALUATION_NANOS, Timer.EVALUATE, 0);
    }
  }

  @Override
  public void admit(int request) {
    int instance = withRoom.leastLoaded();
    if (instance < 0) {
      instance = takeBack();
    }
    if (instance < 0) {
      if (slots.alive() == pool.maxInstances()) {
        waitingForRoom.add(request);
        return;
      }
      instance = coldStart();
    }
    host.place(request, instance);
    addLoad(instance);
    if (state[instance] == BOOTING) {
      starting[instance].addLast(request);
      host.hold(request);
    } else {
      host.startNow(request);
    }
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    cpus.cpu(host.placement(request), request, cpuNanos);
  }

  @Override
  public void cpuEnded(int request) {
    cpus.cpuEnded(host.placement(request));
  }

  @Override
  public void finished(int request) {
    int instance = host.placement(request);
    if (waitingForRoom.isEmpty()) {
      removeLoad(instance);
    } else {
      int next = waitingForRoom.removeFirst(); // takes the freed room: the load stays
      host.place(next, instance);
      host.resume(next);
    }
  }

  @Override
  public void timer(int id) {
    TIMERS.kind(id).fire(this, TIMERS.subject(id));
  }

  /** Meters the minimum instances' idle time to the horizon, and every instance's lifetime. */
  @Override
  public void close(long endNanos) {
    long at = Math.max(endNanos, host.horizonNanos());
    periods.close(at);
    for (int i = 0; i < slots.ids(); i++) {
      if (state[i] != GONE) {
        retire(i, at);
      }
    }
  }

  /** Sets the number of instances serving to the autoscaler's choice, and decides again later. */
  private void evaluate() {
    long now = host.nowNanos();
    int desired = autoscaler.desired(cpus.takeBusyArea(), inFlight.takeArea(now));
    int serving = routable + prestarting;
    for (int i = serving; i < desired; i++) {
      if (takeBack() < 0) {
        if (slots.alive() == pool.maxInstances()) {
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
    long next = host.nowNanos() + PoolAutoscaler.EVALUATION_NANOS;
    if (next < host.horizonNanos()) {
      TIMERS.set(host, next, Timer.EVALUATE, 0);
    }
  }

  /** Routes to an instance set aside, the most recently idle first, or returns -1. */
  private int takeBack() {
    if (!warm.isEmpty()) {
      int instance = warm.takeNewest();
      serve(instance);
      return instance;
    }
    if (draining > 0) {
      // Rare (every serving instance full while some drain), so a scan does.
      for (int i = 0; i < slots.ids(); i++) {
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
    state[instance] = WARM;
    warm.add(instance);
  }

  private int coldStart() {
    long now = host.nowNanos();
    int instance = launch(now);
    host.meter().coldStart();
    long startup = startupNanos.sampleNanos();
    routable++;
    if (startup == 0) {
      state[instance] = SERVING;
    } else {
      state[instance] = BOOTING;
      TIMERS.set(host, now + startup, Timer.COLD_BOOTED, instance);
    }
    return instance;
  }

  private void prestart() {
    long now = host.nowNanos();
    int instance = launch(now);
    state[instance] = PRESTARTING;
    prestarting++;
    TIMERS.set(host, now + startupNanos.sampleNanos(), Timer.PRESTARTED, instance);
  }

  private void coldBooted(int instance) {
    if (state[instance] == BOOTING) {
      state[instance] = SERVING;
    } // else set aside while starting: it still serves the requests that waited
    IntDeque queue = starting[instance];
    while (!queue.isEmpty()) {
      host.resume(queue.removeFirst());
    }
  }

  private void prestarted(int instance) {
    prestarting--;
    periods.bill(instance, slots.launchNanos(instance), host.nowNanos());
    serve(instance);
    while (!waitingForRoom.isEmpty() && load[instance] < pool.concurrency()) {
      int next = waitingForRoom.removeFirst();
      host.place(next, instance);
      addLoad(instance);
      host.resume(next);
    }
  }

  private void addLoad(int instance) {
    boolean filed = isRoutable(instance);
    if (filed) {
      withRoom.remove(instance);
    }
    inFlight.add(1, host.nowNanos());
    if (load[instance]++ == 0) {
      periods.busy(instance, host.nowNanos());
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
    long now = host.nowNanos();
    inFlight.add(-1, now);
    if (--load[instance] == 0) {
      periods.idle(instance, now);
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

  /** Shuts down instances idle for the idle timeout, oldest first, keeping the minimum. */
  private void reclaim() {
    for (int oldest = warm.pollExpired(); oldest >= 0; oldest = warm.pollExpired()) {
      state[oldest] = GONE;
      slots.release(oldest);
      retire(oldest, host.nowNanos());
    }
    warm.rearm();
  }

  private void expireQueue() {
    for (int r = waitingForRoom.pollExpired(); r >= 0; r = waitingForRoom.pollExpired()) {
      host.abandon(r, Outcome.THROTTLED);
    }
    waitingForRoom.rearm();
  }

  /** Meters an instance's life up to {@code nanos} or the horizon, as fleets do. */
  private void retire(int instance, long nanos) {
    long from = Math.min(slots.launchNanos(instance), host.horizonNanos());
    host.meter()
        .instance(
            from, Math.max(from, Math.min(nanos, host.horizonNanos())), pool.cpu().milliVcpus());
  }

  private int launch(long now) {
    int instance = slots.launch(now);
    if (starting[instance] == null) {
      starting[instance] = new IntDeque(16);
    }
    periods.launched(instance, now);
    return instance;
  }

  private void resize(int capacity) {
    state = Arrays.copyOf(state, capacity);
    load = Arrays.copyOf(load, capacity);
    starting = Arrays.copyOf(starting, capacity);
    periods.resize(capacity);
  }
}
