package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Models a fleet of identical instances or tasks behind a load balancer (EC2, Fargate, Lambda
 * Managed Instances), fixed or scaled by target tracking on CPU utilisation.
 *
 * <p>The load balancer sends each request to the in-service instance with the fewest outstanding
 * requests (lowest id on ties). An instance runs up to its concurrency limit of requests at once;
 * the rest wait in its queue, first come, first served, and fail as errors after the queue timeout.
 * CPU steps share the instance's vCPUs ({@link InstanceCpus}).
 *
 * <p>With scaling ({@link ScalingPolicy}), a launched instance boots, billed but serving nothing,
 * then enters service. Scaling in takes the newest instances out of the load balancer (AWS's {@code
 * NewestInstance} termination policy; the default policy's choice within one availability zone is
 * arbitrary); each finishes what it has, its queue included, and then terminates: connection
 * draining.
 *
 * <p>Metering: each instance is billed from launch to termination, rounded up to the second, at
 * least the per-launch minimum (60 s on EC2, one minute on Fargate). An instance still running at
 * the horizon is billed up to the horizon exactly: the rest of its life belongs to the next
 * period's bill. Not modelled: failures and health-check replacements, availability-zone balance,
 * burstable CPU credits, memory pressure, and instance warm-up effects on speed.
 */
final class FleetModel implements PlatformModel {
  /** Lists the model's timers; each handles itself, so an unhandled kind does not compile. */
  private enum Timer {
    /** The scaling policy evaluates the period just ended. */
    TICK {
      @Override
      void fire(FleetModel model, int unused) {
        model.evaluate();
      }
    },
    /** A launched instance has booted and enters service. */
    BOOTED {
      @Override
      void fire(FleetModel model, int instance) {
        model.booting--;
        model.enterService(instance);
      }
    },
    /** The oldest request in an instance's queue may have waited for the queue timeout. */
    QUEUE_TIMEOUT {
      @Override
      void fire(FleetModel model, int instance) {
        model.expireQueue(instance);
      }
    },
    /** A vCPU of an instance held until a known time is free, and CPU steps wait for it. */
    CPU_FREED {
      @Override
      void fire(FleetModel model, int instance) {
        model.cpus.free(instance);
      }
    };

    /** Handles this timer, set about {@code subject} (an instance, or 0). */
    abstract void fire(FleetModel model, int subject);
  }

  private static final TimerIds<Timer> TIMERS = new TimerIds<>(Timer.class);

  private static final byte GONE = 0;
  private static final byte BOOTING = 1;
  private static final byte IN_SERVICE = 2;
  private static final byte DRAINING = 3;

  private final PlatformHost host;
  private final InstanceCpus cpus;
  private final ScalingPolicy scaling;
  private final int maxConcurrency;
  private final long queueTimeoutNanos;
  private final int throttleAt;
  private final long billedMemoryMb;
  private final long minimumBilledNanos;
  private final long milliVcpus;
  private final LoadHeap routable = new LoadHeap();
  private final InstanceSlots slots;
  private final TimeIntegral servingSlots = new TimeIntegral();
  private final List<ScalingEvent> scalingEvents = new ArrayList<>();

  /**
   * The most evaluation periods and scaling activities kept for inspection (tests read them; the
   * bill does not): a year of one-second evaluations would otherwise hold 31 M of each.
   */
  static final int MAX_HISTORY = 1 << 16;

  private double[] periodUtilisation = new double[16];
  private int periods;
  private byte[] state = new byte[16];
  private int[] running = new int[16];
  private WaitingQueue[] queued = new WaitingQueue[16];
  private int inService;
  private int booting;
  private long lastScalingNanos;

  /**
   * Creates a fleet.
   *
   * @param billedMemoryMb memory metered with billed time (Fargate's GB-hours), 0 where not billed
   * @param minimumBilledNanos the least billed per launch that ends within the horizon
   * @param throttleAt outstanding requests on the least busy instance at which a request is refused
   *     as throttled (Lambda Managed Instances), {@link Fleet#UNLIMITED} for never
   */
  FleetModel(
      PlatformHost host,
      CpuShare cpu,
      Fleet fleet,
      long billedMemoryMb,
      long minimumBilledNanos,
      int throttleAt) {
    this.host = host;
    this.cpus = new InstanceCpus(host, cpu, instance -> TIMERS.id(Timer.CPU_FREED, instance));
    this.scaling = fleet.scaling();
    this.maxConcurrency = fleet.maxConcurrency();
    this.queueTimeoutNanos = fleet.queueTimeoutNanos();
    this.throttleAt = throttleAt;
    this.billedMemoryMb = billedMemoryMb;
    this.minimumBilledNanos = minimumBilledNanos;
    this.milliVcpus = cpu.milliVcpus();
    this.slots = new InstanceSlots(host, 16, this::resize);
    for (int i = 0; i < fleet.count(); i++) {
      enterService(launch(0));
    }
    if (scaling != null && scaling.evaluationNanos() < host.horizonNanos()) {
      TIMERS.set(host, scaling.evaluationNanos(), Timer.TICK, 0);
    }
  }

  @Override
  public void admit(int request) {
    int instance = routable.peek();
    if (routable.load(instance) >= throttleAt) {
      host.refuse(request, Outcome.THROTTLED);
      return;
    }
    routable.increment(instance);
    host.place(request, instance);
    if (running[instance] < maxConcurrency) {
      running[instance]++;
      host.startNow(request);
      return;
    }
    queued[instance].add(request);
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
    if (state[instance] == IN_SERVICE) {
      routable.decrement(instance);
    }
    WaitingQueue queue = queued[instance];
    if (queue.isEmpty()) {
      running[instance]--;
      if (state[instance] == DRAINING && running[instance] == 0) {
        terminate(instance, host.nowNanos());
      }
    } else {
      host.resume(queue.removeFirst());
    }
  }

  @Override
  public void timer(int id) {
    TIMERS.kind(id).fire(this, TIMERS.subject(id));
  }

  /** Bills every instance still running, up to the horizon: see the class comment. */
  @Override
  public void close(long endNanos) {
    long at = Math.max(endNanos, host.horizonNanos());
    for (int i = 0; i < slots.ids(); i++) {
      if (state[i] != GONE) {
        terminate(i, at);
      }
    }
  }

  /** Returns the average CPU utilisation of the first evaluation periods, in order. */
  double[] periodUtilisation() {
    return Arrays.copyOf(periodUtilisation, periods);
  }

  /** Returns the first scaling activities, in order. */
  List<ScalingEvent> scalingEvents() {
    return scalingEvents;
  }

  private void expireQueue(int instance) {
    WaitingQueue queue = queued[instance];
    for (int r = queue.pollExpired(); r >= 0; r = queue.pollExpired()) {
      if (state[instance] == IN_SERVICE) {
        routable.decrement(instance);
      }
      host.abandon(r, Outcome.ERROR);
    }
    queue.rearm();
  }

  /** Compares the period's utilisation with the target, and scales: see {@link ScalingPolicy}. */
  private void evaluate() {
    long now = host.nowNanos();
    long busyArea = cpus.takeBusyArea();
    long capacityArea = servingSlots.takeArea(now);
    if (capacityArea > 0) {
      double utilisation = (double) busyArea / capacityArea;
      if (periods < MAX_HISTORY) {
        if (periods == periodUtilisation.length) {
          periodUtilisation = Arrays.copyOf(periodUtilisation, periods * 2);
        }
        periodUtilisation[periods++] = utilisation;
      }
      if (utilisation > scaling.targetUtilisation()) {
        // Draining instances still count towards max: they run (and bill) until they empty.
        int launches =
            Math.min(
                scaling.desired(inService, utilisation) - inService - booting,
                scaling.max() - slots.alive());
        if (launches > 0) {
          record(now, utilisation, inService + booting + launches);
          for (int i = 0; i < launches; i++) {
            boot(launch(now));
          }
        }
      } else if (scaling.belowScaleInThreshold(utilisation)
          && booting == 0
          && now - lastScalingNanos >= scaling.scaleInCooldownNanos()) {
        int removals = inService - scaling.desired(inService, utilisation);
        if (removals > 0) {
          record(now, utilisation, inService - removals);
          for (int i = 0; i < removals; i++) {
            drain(newestInService());
          }
        }
      }
    }
    long next = now + scaling.evaluationNanos();
    if (next < host.horizonNanos()) {
      TIMERS.set(host, next, Timer.TICK, 0);
    }
  }

  private void record(long now, double utilisation, int toInstances) {
    lastScalingNanos = now;
    if (scalingEvents.size() < MAX_HISTORY) {
      scalingEvents.add(new ScalingEvent(now, utilisation, inService, toInstances));
    }
  }

  private int launch(long now) {
    int instance = slots.launch(now);
    if (queued[instance] == null) {
      queued[instance] =
          new WaitingQueue(host, queueTimeoutNanos, TIMERS.id(Timer.QUEUE_TIMEOUT, instance));
    }
    state[instance] = BOOTING;
    return instance;
  }

  private void resize(int capacity) {
    state = Arrays.copyOf(state, capacity);
    running = Arrays.copyOf(running, capacity);
    queued = Arrays.copyOf(queued, capacity);
  }

  private void boot(int instance) {
    if (scaling.bootNanos() == 0) {
      enterService(instance);
    } else {
      booting++;
      TIMERS.set(host, host.nowNanos() + scaling.bootNanos(), Timer.BOOTED, instance);
    }
  }

  private void enterService(int instance) {
    state[instance] = IN_SERVICE;
    inService++;
    routable.add(instance, 0);
    servingSlots.add(cpus.slots(), host.nowNanos());
  }

  /** Returns the in-service instance launched last (the highest id on ties). */
  private int newestInService() {
    int newest = -1;
    for (int i = 0; i < slots.ids(); i++) {
      if (state[i] == IN_SERVICE
          && (newest < 0 || slots.launchNanos(i) >= slots.launchNanos(newest))) {
        newest = i;
      }
    }
    return newest;
  }

  /** Takes an instance out of the load balancer; it terminates once its requests are done. */
  private void drain(int instance) {
    routable.remove(instance);
    inService--;
    state[instance] = DRAINING;
    if (running[instance] == 0) {
      terminate(instance, host.nowNanos());
    }
  }

  private void terminate(int instance, long atNanos) {
    if (state[instance] == IN_SERVICE || state[instance] == DRAINING) {
      servingSlots.add(-cpus.slots(), host.nowNanos());
    }
    state[instance] = GONE;
    slots.release(instance);
    long horizon = host.horizonNanos();
    long launched = slots.launchNanos(instance);
    long lifetime = Math.min(atNanos, horizon) - launched;
    host.meter().instance(launched, launched + lifetime, milliVcpus);
    host.meter()
        .billed(billedNanos(lifetime, atNanos >= horizon, minimumBilledNanos), billedMemoryMb);
  }

  /**
   * Returns the billed time of one launch: its lifetime rounded up to the second, at least the
   * minimum; or, for an instance still running at the horizon, its lifetime up to the horizon
   * exactly (the rest, and any rounding, belong to the next period).
   */
  static long billedNanos(long lifetimeNanos, boolean runningAtHorizon, long minimumNanos) {
    if (runningAtHorizon) {
      return lifetimeNanos;
    }
    long second = SimTime.NANOS_PER_SECOND;
    return Math.max(minimumNanos, (lifetimeNanos + second - 1) / second * second);
  }
}
