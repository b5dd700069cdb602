package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;
import dev.billsim.meter.StepRounding;
import dev.billsim.workload.DurationSampler;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Models AWS Lambda: each execution environment runs one request at a time; a request that finds no
 * idle environment starts a new one (a cold start); idle environments are reclaimed after the
 * keep-alive time; provisioned environments, when configured, are always warm.
 *
 * <p>Routing: a request takes an idle provisioned environment first, then the most recently idled
 * on-demand one, so a burst's surplus environments are the ones left to expire; only then does it
 * start a new environment. A cold start's INIT duration is added to the request's latency and
 * billed with it (AWS bills INIT for on-demand functions since August 2025). A request is throttled
 * (not run, not billed) above the concurrency limit, or when starting an environment would exceed
 * AWS's scaling rate of 1,000 new environments per 10 seconds per function
 * (docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html). CPU scales with memory: below 1,769
 * MB a function has a fraction memory/1,769 of a vCPU, so a CPU step of c takes c x 1769 / memory
 * of wall time; above it, a single-threaded step takes c.
 *
 * <p>Provisioned concurrency follows its schedule: when the level rises, that many environments are
 * ready at once (their initialisation is part of the provisioned price); when it falls, idle ones
 * are released at once and busy ones when they finish. Requests beyond the provisioned environments
 * spill over to on-demand ones.
 *
 * <p>Billed per invocation: INIT plus duration, rounded up to the next millisecond, at the
 * configured memory; on a provisioned environment, at the provisioned duration rate.
 */
final class LambdaModel implements PlatformModel {
  /**
   * Memory at which a function has one full vCPU (docs.aws.amazon.com/lambda/.../resource-model).
   */
  static final long FULL_VCPU_MEMORY_MB = 1769;

  /** AWS's scaling rate: at most this many new environments ... */
  static final int SCALING_ENVIRONMENTS = 1000;

  /** ... in any window of this length, per function. */
  static final long SCALING_WINDOW_NANOS = 10 * SimTime.NANOS_PER_SECOND;

  private static final int RECLAIM_TIMER = 0;
  private static final int PROVISIONING_TIMER = 1;

  private final Simulation run;
  private final long memoryMb;
  private final long keepAliveNanos;
  private final int concurrencyLimit;
  private final DurationSampler initNanos;
  private final ProvisionedConcurrency provisioned;

  /**
   * Idle on-demand environments, oldest first: reuse from the newest end, expire from the oldest.
   */
  private final IntDeque idle = new IntDeque(64);

  /** Idle provisioned environments. */
  private final IntDeque provisionedIdle = new IntDeque(64);

  /** Environment ids no longer in use, for reuse. */
  private final IntDeque freeIds = new IntDeque(64);

  /** Creation times of the last {@link #SCALING_ENVIRONMENTS} on-demand environments, a ring. */
  private final long[] recentStarts = new long[SCALING_ENVIRONMENTS];

  private long[] createdNanos = new long[64];
  private long[] idleSinceNanos = new long[64];
  private boolean[] isProvisioned = new boolean[64];
  private int environments;
  private int inFlight;
  private int provisionedLevel;
  private int provisionedCount;
  private long startsSoFar;
  private boolean reclaimPending;

  LambdaModel(Simulation run, LambdaSpec spec, UniformRandomProvider coldStartStream) {
    this.run = run;
    this.memoryMb = spec.memoryMb();
    this.keepAliveNanos = spec.keepAliveNanos();
    this.concurrencyLimit = spec.concurrencyLimit();
    this.initNanos = spec.coldStart().sampler(coldStartStream);
    this.provisioned = spec.provisioned();
    Arrays.fill(recentStarts, Long.MIN_VALUE / 2);
    if (provisioned != null) {
      setProvisionedLevel(provisioned.levelAt(0), 0);
      scheduleProvisioningChange(0);
    }
  }

  @Override
  public void admit(int request) {
    if (inFlight == concurrencyLimit) {
      run.refuse(request, Outcome.THROTTLED);
      return;
    }
    if (!provisionedIdle.isEmpty()) {
      inFlight++;
      run.place(request, provisionedIdle.removeLast());
      run.startNow(request);
      return;
    }
    if (!idle.isEmpty()) {
      inFlight++;
      run.place(request, idle.removeLast());
      run.startNow(request);
      return;
    }
    long now = run.nowNanos();
    // The oldest of the last 1,000 starts must be at least 10 s ago for another to begin.
    int slot = (int) (startsSoFar % SCALING_ENVIRONMENTS);
    if (recentStarts[slot] > now - SCALING_WINDOW_NANOS) {
      run.refuse(request, Outcome.THROTTLED);
      return;
    }
    recentStarts[slot] = now;
    startsSoFar++;
    inFlight++;
    int environment = createEnvironment(now, false);
    run.place(request, environment);
    run.meter().coldStart();
    long init = initNanos.sampleNanos();
    if (init == 0) {
      run.startNow(request);
    } else {
      run.startAt(request, now + init);
    }
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    long wallNanos = CpuShare.stretch(cpuNanos, FULL_VCPU_MEMORY_MB, memoryMb);
    run.runCpu(request, cpuNanos, wallNanos);
  }

  @Override
  public void finished(int request) {
    inFlight--;
    long now = run.nowNanos();
    // Lambda never queues a request, so arrival to completion is exactly INIT plus duration.
    long durationNanos = now - run.arrivalNanos(request);
    long billedNanos = StepRounding.MILLISECOND.roundUp(durationNanos);
    int environment = run.placement(request);
    if (isProvisioned[environment]) {
      run.meter().billedProvisioned(billedNanos, memoryMb);
      if (provisionedCount > provisionedLevel) {
        retire(environment, now); // the level fell while it was busy
        provisionedCount--;
      } else {
        provisionedIdle.addLast(environment);
      }
      return;
    }
    run.meter().billed(billedNanos, memoryMb);
    idleSinceNanos[environment] = now;
    idle.addLast(environment);
    if (!reclaimPending) {
      // The idle pool was empty (a non-empty pool always has a timer pending): this environment
      // is the oldest idle one, and the timer is due when it expires.
      reclaimPending = true;
      run.timerAt(now + keepAliveNanos, RECLAIM_TIMER);
    }
  }

  @Override
  public void timer(int id) {
    long now = run.nowNanos();
    if (id == PROVISIONING_TIMER) {
      setProvisionedLevel(provisioned.levelAt(now), now);
      scheduleProvisioningChange(now);
      return;
    }
    // Reclaims every environment idle for the keep-alive time, then waits for the next one.
    while (!idle.isEmpty() && idleSinceNanos[idle.peekFirst()] + keepAliveNanos <= now) {
      retire(idle.removeFirst(), now);
    }
    reclaimPending = !idle.isEmpty();
    if (reclaimPending) {
      run.timerAt(idleSinceNanos[idle.peekFirst()] + keepAliveNanos, RECLAIM_TIMER);
    }
  }

  /** Meters the provisioned capacity configured over the horizon, in AWS's 5-minute steps. */
  @Override
  public void close(long endNanos) {
    if (provisioned == null) {
      return;
    }
    for (long[] occurrence : provisioned.occurrences(run.horizonNanos())) {
      run.meter().provisioned(occurrence[0] * occurrence[1], memoryMb);
    }
    long now = run.nowNanos();
    while (!provisionedIdle.isEmpty()) {
      retire(provisionedIdle.removeFirst(), now);
    }
  }

  private void setProvisionedLevel(int level, long now) {
    provisionedLevel = level;
    while (provisionedCount < level) {
      provisionedIdle.addLast(createEnvironment(now, true));
      provisionedCount++;
    }
    while (provisionedCount > level && !provisionedIdle.isEmpty()) {
      retire(provisionedIdle.removeLast(), now);
      provisionedCount--;
    }
  }

  /** Schedules the next change of level, if it comes before the horizon. */
  private void scheduleProvisioningChange(long now) {
    long next = provisioned.nextChangeNanos(now);
    if (next < run.horizonNanos()) {
      run.timerAt(next, PROVISIONING_TIMER);
    }
  }

  private void retire(int environment, long now) {
    // One request at a time on min(1, memory / 1,769 MB) of a vCPU: its capacity for utilisation.
    run.meter()
        .instance(
            createdNanos[environment], now, Math.min(1000, memoryMb * 1000 / FULL_VCPU_MEMORY_MB));
    freeIds.addLast(environment);
  }

  private int createEnvironment(long now, boolean provisionedEnvironment) {
    int environment;
    if (freeIds.isEmpty()) {
      environment = environments++;
      if (environment == createdNanos.length) {
        createdNanos = Arrays.copyOf(createdNanos, environment * 2);
        idleSinceNanos = Arrays.copyOf(idleSinceNanos, environment * 2);
        isProvisioned = Arrays.copyOf(isProvisioned, environment * 2);
      }
    } else {
      environment = freeIds.removeLast();
    }
    createdNanos[environment] = now;
    isProvisioned[environment] = provisionedEnvironment;
    run.meter().instances(environments - freeIds.size()); // alive: ids handed out, less the free
    return environment;
  }
}
