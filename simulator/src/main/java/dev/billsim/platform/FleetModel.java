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
  private static final int TICK = 0;
  private static final int BOOTED = 1;
  private static final int QUEUE_TIMEOUT = 2;
  private static final int TIMER_KINDS = 2; // bits of a timer id that hold its kind

  private static final byte GONE = 0;
  private static final byte BOOTING = 1;
  private static final byte IN_SERVICE = 2;
  private static final byte DRAINING = 3;

  private final Simulation run;
  private final InstanceCpus cpus;
  private final ScalingPolicy scaling;
  private final int maxConcurrency;
  private final long queueTimeoutNanos;
  private final int throttleAt;
  private final long billedMemoryMb;
  private final long minimumBilledNanos;
  private final long milliVcpus;
  private final LoadHeap routable = new LoadHeap();
  private final IntDeque freeIds = new IntDeque(16);
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
  private long[] launchNanos = new long[16];
  private int[] running = new int[16];
  private IntDeque[] queued = new IntDeque[16];
  private boolean[] timeoutPending = new boolean[16];
  private int ids;
  private int alive;
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
      Simulation run,
      CpuShare cpu,
      Fleet fleet,
      long billedMemoryMb,
      long minimumBilledNanos,
      int throttleAt) {
    this.run = run;
    this.cpus = new InstanceCpus(run, cpu);
    this.scaling = fleet.scaling();
    this.maxConcurrency = fleet.maxConcurrency();
    this.queueTimeoutNanos = fleet.queueTimeoutNanos();
    this.throttleAt = throttleAt;
    this.billedMemoryMb = billedMemoryMb;
    this.minimumBilledNanos = minimumBilledNanos;
    this.milliVcpus = cpu.milliVcpus();
    for (int i = 0; i < fleet.count(); i++) {
      enterService(launch(0));
    }
    if (scaling != null && scaling.evaluationNanos() < run.horizonNanos()) {
      run.timerAt(scaling.evaluationNanos(), TICK);
    }
  }

  @Override
  public void admit(int request) {
    int instance = routable.peek();
    if (routable.load(instance) >= throttleAt) {
      run.refuse(request, Outcome.THROTTLED);
      return;
    }
    routable.increment(instance);
    run.place(request, instance);
    if (running[instance] < maxConcurrency) {
      running[instance]++;
      run.startNow(request);
      return;
    }
    queued[instance].addLast(request);
    run.hold(request);
    if (queueTimeoutNanos != Fleet.NO_TIMEOUT && !timeoutPending[instance]) {
      // The queue was empty or a timer is already due no later than this request's timeout.
      timeoutPending[instance] = true;
      run.timerAt(run.nowNanos() + queueTimeoutNanos, timer(instance, QUEUE_TIMEOUT));
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
    if (state[instance] == IN_SERVICE) {
      routable.decrement(instance);
    }
    IntDeque queue = queued[instance];
    if (queue.isEmpty()) {
      running[instance]--;
      if (state[instance] == DRAINING && running[instance] == 0) {
        terminate(instance, run.nowNanos());
      }
    } else {
      run.resume(queue.removeFirst());
    }
  }

  @Override
  public void timer(int id) {
    int instance = id >>> TIMER_KINDS;
    switch (id & ((1 << TIMER_KINDS) - 1)) {
      case TICK -> evaluate();
      case BOOTED -> {
        booting--;
        enterService(instance);
      }
      case QUEUE_TIMEOUT -> expireQueue(instance);
      default -> throw new IllegalStateException("unknown timer " + id);
    }
  }

  /** Bills every instance still running, up to the horizon: see the class comment. */
  @Override
  public void close(long endNanos) {
    long at = Math.max(endNanos, run.horizonNanos());
    for (int i = 0; i < ids; i++) {
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
    long now = run.nowNanos();
    IntDeque queue = queued[instance];
    // Requests queue on arrival, so the head is the oldest, and the first to time out.
    while (!queue.isEmpty() && run.arrivalNanos(queue.peekFirst()) + queueTimeoutNanos <= now) {
      int request = queue.removeFirst();
      if (state[instance] == IN_SERVICE) {
        routable.decrement(instance);
      }
      run.abandon(request, Outcome.ERROR);
    }
    timeoutPending[instance] = !queue.isEmpty();
    if (timeoutPending[instance]) {
      long due = run.arrivalNanos(queue.peekFirst()) + queueTimeoutNanos;
      run.timerAt(due, timer(instance, QUEUE_TIMEOUT));
    }
  }

  /** Compares the period's utilisation with the target, and scales: see {@link ScalingPolicy}. */
  private void evaluate() {
    long now = run.nowNanos();
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
                scaling.max() - alive);
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
    if (next < run.horizonNanos()) {
      run.timerAt(next, TICK);
    }
  }

  private void record(long now, double utilisation, int toInstances) {
    lastScalingNanos = now;
    if (scalingEvents.size() < MAX_HISTORY) {
      scalingEvents.add(new ScalingEvent(now, utilisation, inService, toInstances));
    }
  }

  private int launch(long now) {
    int instance;
    if (freeIds.isEmpty()) {
      instance = ids++;
      if (instance == state.length) {
        int capacity = instance * 2;
        state = Arrays.copyOf(state, capacity);
        launchNanos = Arrays.copyOf(launchNanos, capacity);
        running = Arrays.copyOf(running, capacity);
        queued = Arrays.copyOf(queued, capacity);
        timeoutPending = Arrays.copyOf(timeoutPending, capacity);
      }
      queued[instance] = new IntDeque(16);
    } else {
      instance = freeIds.removeLast();
    }
    state[instance] = BOOTING;
    launchNanos[instance] = now;
    alive++;
    run.meter().instances(alive);
    return instance;
  }

  private void boot(int instance) {
    if (scaling.bootNanos() == 0) {
      enterService(instance);
    } else {
      booting++;
      run.timerAt(run.nowNanos() + scaling.bootNanos(), timer(instance, BOOTED));
    }
  }

  private void enterService(int instance) {
    state[instance] = IN_SERVICE;
    inService++;
    routable.add(instance, 0);
    servingSlots.add(cpus.slots(), run.nowNanos());
  }

  /** Returns the in-service instance launched last (the highest id on ties). */
  private int newestInService() {
    int newest = -1;
    for (int i = 0; i < ids; i++) {
      if (state[i] == IN_SERVICE && (newest < 0 || launchNanos[i] >= launchNanos[newest])) {
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
      terminate(instance, run.nowNanos());
    }
  }

  private void terminate(int instance, long atNanos) {
    if (state[instance] == IN_SERVICE || state[instance] == DRAINING) {
      servingSlots.add(-cpus.slots(), run.nowNanos());
    }
    state[instance] = GONE;
    alive--;
    freeIds.addLast(instance);
    long horizon = run.horizonNanos();
    long lifetime = Math.min(atNanos, horizon) - launchNanos[instance];
    run.meter().instance(launchNanos[instance], launchNanos[instance] + lifetime, milliVcpus);
    run.meter()
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

  private static int timer(int instance, int kind) {
    return instance << TIMER_KINDS | kind;
  }
}
