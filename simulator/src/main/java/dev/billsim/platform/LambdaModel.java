package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;
import dev.billsim.workload.DurationSampler;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Models AWS Lambda on demand: each execution environment runs one request at a time; a request
 * that finds no idle environment starts a new one (a cold start); idle environments are reclaimed
 * after the keep-alive time.
 *
 * <p>Routing: a request takes the most recently idled environment, so a burst's surplus
 * environments are the ones left to expire. A cold start's INIT duration is added to the request's
 * latency and billed with it (AWS bills INIT for on-demand functions since August 2025). Above the
 * concurrency limit a request is throttled: not run, not billed. CPU scales with memory: below
 * 1,769 MB a function has a fraction memory/1,769 of a vCPU, so a CPU step of c takes c x 1769 /
 * memory of wall time; above it, a single-threaded step takes c.
 *
 * <p>Billed per invocation: INIT plus duration, rounded up to the next millisecond, at the
 * configured memory.
 */
final class LambdaModel implements PlatformModel {
  /**
   * Memory at which a function has one full vCPU (docs.aws.amazon.com/lambda/.../resource-model).
   */
  static final long FULL_VCPU_MEMORY_MB = 1769;

  private final Simulation run;
  private final long memoryMb;
  private final long keepAliveNanos;
  private final int concurrencyLimit;
  private final DurationSampler initNanos;

  /** Idle environments, oldest first: reuse from the newest end, expire from the oldest. */
  private final IntDeque idle = new IntDeque(64);

  /** Environment ids no longer in use, for reuse. */
  private final IntDeque freeIds = new IntDeque(64);

  private long[] createdNanos = new long[64];
  private long[] idleSinceNanos = new long[64];
  private int environments;
  private int inFlight;
  private boolean timerPending;

  LambdaModel(Simulation run, LambdaSpec spec, RandomGenerator coldStartStream) {
    this.run = run;
    this.memoryMb = spec.memoryMb();
    this.keepAliveNanos = spec.keepAliveNanos();
    this.concurrencyLimit = spec.concurrencyLimit();
    this.initNanos = spec.coldStart().sampler(coldStartStream);
  }

  @Override
  public void admit(int request) {
    if (inFlight == concurrencyLimit) {
      run.refuse(request, Outcome.THROTTLED);
      return;
    }
    inFlight++;
    if (!idle.isEmpty()) {
      run.place(request, idle.removeLast());
      run.startNow(request);
      return;
    }
    long now = run.nowNanos();
    int environment = createEnvironment(now);
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
    long wallNanos =
        memoryMb >= FULL_VCPU_MEMORY_MB
            ? cpuNanos
            // ceil(c x 1769 / memory); c <= 1e15 ns, so the product stays below 2e18.
            : (cpuNanos * FULL_VCPU_MEMORY_MB + memoryMb - 1) / memoryMb;
    run.runCpu(request, cpuNanos, wallNanos);
  }

  @Override
  public void finished(int request) {
    inFlight--;
    long now = run.nowNanos();
    // Lambda never queues a request, so arrival to completion is exactly INIT plus duration.
    long durationNanos = now - run.arrivalNanos(request);
    long billedMs =
        (durationNanos + SimTime.NANOS_PER_MILLISECOND - 1) / SimTime.NANOS_PER_MILLISECOND;
    run.meter().billed(billedMs * SimTime.NANOS_PER_MILLISECOND, memoryMb);

    int environment = run.placement(request);
    idleSinceNanos[environment] = now;
    idle.addLast(environment);
    if (!timerPending) {
      // The idle pool was empty (a non-empty pool always has a timer pending): this environment
      // is the oldest idle one, and the timer is due when it expires.
      timerPending = true;
      run.timerAt(now + keepAliveNanos, 0);
    }
  }

  /** Reclaims every environment idle for the keep-alive time, then waits for the next one. */
  @Override
  public void timer(int id) {
    long now = run.nowNanos();
    while (!idle.isEmpty() && idleSinceNanos[idle.peekFirst()] + keepAliveNanos <= now) {
      int environment = idle.removeFirst();
      run.meter().instance(now - createdNanos[environment]);
      freeIds.addLast(environment);
    }
    timerPending = !idle.isEmpty();
    if (timerPending) {
      run.timerAt(idleSinceNanos[idle.peekFirst()] + keepAliveNanos, 0);
    }
  }

  private int createEnvironment(long now) {
    int environment;
    if (freeIds.isEmpty()) {
      environment = environments++;
      if (environment == createdNanos.length) {
        createdNanos = Arrays.copyOf(createdNanos, environment * 2);
        idleSinceNanos = Arrays.copyOf(idleSinceNanos, environment * 2);
      }
    } else {
      environment = freeIds.removeLast();
    }
    createdNanos[environment] = now;
    return environment;
  }
}
