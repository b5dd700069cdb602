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

  /** Lists the model's timers; each handles itself, so an unhandled kind does not compile. */
  private enum Timer {
    /** The oldest idle environment may have been idle for the keep-alive time. */
    RECLAIM {
      @Override
      void fire(LambdaModel model) {
        model.reclaim();
      }
    },
    /** The provisioned concurrency schedule changes level. */
    PROVISIONING {
      @Override
      void fire(LambdaModel model) {
        model.changeProvisionedLevel();
      }
    };

    /** Handles this timer. */
    abstract void fire(LambdaModel model);
  }

  private static final TimerIds<Timer> TIMERS = new TimerIds<>(Timer.class);

  private final PlatformHost host;
  private final long memoryMb;
  private final long keepAliveNanos;
  private final int concurrencyLimit;
  private final DurationSampler initNanos;
  private final ProvisionedConcurrency provisioned;

  private final InstanceSlots environments;

  /** Idle on-demand environments: reused from the newest end, expired from the oldest. */
  private final IdleInstances idle;

  /** Idle provisioned environments. */
  private final IntDeque provisionedIdle = new IntDeque(64);

  /** Creation times of the last {@link #SCALING_ENVIRONMENTS} on-demand environments, a ring. */
  private final long[] recentStarts = new long[SCALING_ENVIRONMENTS];

  private boolean[] isProvisioned = new boolean[64];
  private int inFlight;
  private int provisionedLevel;
  private int provisionedCount;
  private long startsSoFar;

  private final boolean responseStreaming;

  // Recorded cold starts (recorded-init): the trace column of each request's INIT, or -1.
  private final int recordedInitColumn;
  private final long recordedInitUnitNanos;

  LambdaModel(PlatformHost host, LambdaSpec spec, UniformRandomProvider coldStartStream) {
    this.host = host;
    this.memoryMb = spec.memoryMb();
    this.responseStreaming = spec.responseStreaming();
    this.keepAliveNanos = spec.keepAliveNanos();
    this.concurrencyLimit = spec.concurrencyLimit();
    this.initNanos = spec.coldStart().sampler(coldStartStream);
    this.recordedInitColumn =
        spec.recordedInit() == null ? -1 : host.columnIndex(spec.recordedInit().column());
    this.recordedInitUnitNanos = spec.recordedInit() == null ? 0 : spec.recordedInit().unitNanos();
    this.provisioned = spec.provisioned();
    this.environments = new InstanceSlots(host, 64, this::resize);
    this.idle =
        new IdleInstances(host, environments, keepAliveNanos, 0, TIMERS.id(Timer.RECLAIM, 0));
    Arrays.fill(recentStarts, Long.MIN_VALUE / 2);
    if (provisioned != null) {
      setProvisionedLevel(provisioned.levelAt(0), 0);
      scheduleProvisioningChange(0);
    }
  }

  @Override
  public void admit(int request) {
    if (inFlight == concurrencyLimit) {
      host.refuse(request, Outcome.THROTTLED);
      return;
    }
    if (!provisionedIdle.isEmpty()) {
      inFlight++;
      host.place(request, provisionedIdle.removeLast());
      host.startNow(request);
      return;
    }
    // A replayed log says which requests were cold starts: those start a new environment even
    // when one is idle; a warm one with none idle ran on an environment AWS had started ahead.
    long recordedInit =
        recordedInitColumn < 0
            ? -1
            : Math.max(0, Math.round(host.attribute(recordedInitColumn) * recordedInitUnitNanos));
    if (!idle.isEmpty() && recordedInit <= 0) {
      inFlight++;
      host.place(request, idle.takeNewest());
      host.startNow(request);
      return;
    }
    long now = host.nowNanos();
    // The oldest of the last 1,000 starts must be at least 10 s ago for another to begin; a
    // replayed log's requests were all served, so its starts are not held to it.
    int slot = (int) (startsSoFar % SCALING_ENVIRONMENTS);
    if (recordedInitColumn < 0 && recentStarts[slot] > now - SCALING_WINDOW_NANOS) {
      host.refuse(request, Outcome.THROTTLED);
      return;
    }
    recentStarts[slot] = now;
    startsSoFar++;
    inFlight++;
    int environment = createEnvironment(now, false);
    host.place(request, environment);
    long init = recordedInit >= 0 ? recordedInit : initNanos.sampleNanos();
    if (recordedInit != 0) {
      host.meter().coldStart();
    }
    if (init == 0) {
      host.startNow(request);
    } else {
      host.startAt(request, now + init);
    }
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    long wallNanos = LambdaSpec.wallNanosOfCpu(memoryMb, cpuNanos);
    host.runCpu(request, cpuNanos, wallNanos);
  }

  /**
   * A buffered response above 6 MB fails, as Lambda's payload quota makes it; streamed ones pass.
   */
  @Override
  public boolean failsResponse(long responseBytes) {
    return !responseStreaming && responseBytes > LambdaSpec.MAX_BUFFERED_RESPONSE_BYTES;
  }

  @Override
  public void finished(int request) {
    inFlight--;
    long now = host.nowNanos();
    // Lambda never queues a request, so arrival to completion is exactly INIT plus duration.
    long durationNanos = now - host.arrivalNanos(request);
    long billedNanos = StepRounding.MILLISECOND.roundUp(durationNanos);
    int environment = host.placement(request);
    if (isProvisioned[environment]) {
      host.meter().billedProvisioned(billedNanos, memoryMb);
      if (provisionedCount > provisionedLevel) {
        retire(environment, now); // the level fell while it was busy
        provisionedCount--;
      } else {
        provisionedIdle.addLast(environment);
      }
      return;
    }
    host.meter().billed(billedNanos, memoryMb);
    idle.add(environment);
  }

  @Override
  public void timer(int id) {
    TIMERS.kind(id).fire(this);
  }

  /** Reclaims every environment idle for the keep-alive time, then waits for the next one. */
  private void reclaim() {
    for (int e = idle.pollExpired(); e >= 0; e = idle.pollExpired()) {
      retire(e, host.nowNanos());
    }
    idle.rearm();
  }

  private void changeProvisionedLevel() {
    long now = host.nowNanos();
    setProvisionedLevel(provisioned.levelAt(now), now);
    scheduleProvisioningChange(now);
  }

  /** Meters the provisioned capacity configured over the horizon, in AWS's 5-minute steps. */
  @Override
  public void close(long endNanos) {
    if (provisioned == null) {
      return;
    }
    for (long[] occurrence : provisioned.occurrences(host.horizonNanos())) {
      host.meter().provisioned(occurrence[0] * occurrence[1], memoryMb);
    }
    long now = host.nowNanos();
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
    if (next < host.horizonNanos()) {
      TIMERS.set(host, next, Timer.PROVISIONING, 0);
    }
  }

  private void retire(int environment, long now) {
    // One request at a time on min(1, memory / 1,769 MB) of a vCPU: its capacity for utilisation.
    host.meter()
        .instance(
            environments.launchNanos(environment),
            now,
            Math.min(1000, memoryMb * 1000 / FULL_VCPU_MEMORY_MB));
    environments.release(environment);
  }

  private int createEnvironment(long now, boolean provisionedEnvironment) {
    int environment = environments.launch(now);
    isProvisioned[environment] = provisionedEnvironment;
    return environment;
  }

  private void resize(int capacity) {
    isProvisioned = Arrays.copyOf(isProvisioned, capacity);
  }
}
