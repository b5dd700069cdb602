package dev.billsim.benchmarks;

import dev.billsim.engine.EventQueue;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Outcome;
import dev.billsim.meter.RunMeter;
import dev.billsim.platform.PlatformHost;
import dev.billsim.platform.PlatformModel;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.Scenario;

/**
 * Drives one real platform model, request by request, through the {@link PlatformHost} it meters
 * with, so {@link MeterBenchmark} measures each model's own routing, billing arithmetic and {@link
 * RunMeter} calls, not a re-encoding of them.
 *
 * <p>Requests go round a ring of {@link #IN_FLIGHT} slots: each {@link #request} advances the
 * clock, fires the model's timers that fell due (keep-alive, autoscaling), ends the oldest request
 * (its one CPU step, then the request) and admits a new one in its slot. So {@value #IN_FLIGHT}
 * requests are always in flight, each living {@value #IN_FLIGHT} arrivals. The platforms ({@link
 * #spec}) are configured so that no request waits: no cold start delays one, no queue holds one (a
 * held request reaching the end of the ring stops the benchmark), and a refused one frees its slot.
 * Nothing is allocated per request: timers go in an {@link EventQueue}, requests in arrays.
 */
final class MeterHost implements PlatformHost {
  /** Requests in flight throughout, so the concurrency meter integrates a steady 64. */
  static final int IN_FLIGHT = 64;

  /** Far beyond any clock a benchmark reaches (1e15 ns after 1e9 ops), so timers keep coming. */
  static final long HORIZON_NANOS = Long.MAX_VALUE / 4;

  private static final byte FREE = 0;
  private static final byte RUNNING = 1;
  private static final byte HELD = 2;

  /** One platform of each kind, sized for 64 requests in flight, none waiting. */
  private static final String PLATFORMS =
      """
      name: meter
      horizon: 1s
      traffic: {arrivals: constant, rate: 1/s}
      requests: [{name: r, steps: [{cpu: 1ms}]}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1GB, cold-start: 0s}
        - {name: ec2, model: ec2, instance: {vcpus: 4, memory: 16GB, usd-per-hour: 0.2}, count: 2}
        - {name: fargate, model: fargate, vcpu: 4, memory: 8GB, count: 2}
        - {name: lambda-managed, model: lambda-managed, instance: m7g.xlarge}
        - {name: durable-objects, model: durable-objects, objects: 1000}
        - {name: cloud-run, model: cloud-run, vcpu: 1, memory: 512MB, min-instances: 1, cold-start: 0s}
        - {name: vercel, model: vercel, cold-start: 0s}
      """;

  private final RunMeter meter;
  private final PlatformModel model;
  private final EventQueue timers = new EventQueue(64);
  private final long[] arrivalNanos = new long[IN_FLIGHT];
  private final long[] stepNanos = new long[IN_FLIGHT];
  private final long[] cpuNanos = new long[IN_FLIGHT];
  private final int[] placement = new int[IN_FLIGHT];
  private final byte[] state = new byte[IN_FLIGHT];
  private final boolean[] failed = new boolean[IN_FLIGHT];
  private long nowNanos;
  private int oldest;

  /** Creates the model of {@code spec} on this host, metering with a run's meter. */
  MeterHost(PlatformSpec spec, boolean timeSeries) {
    this(spec, new RunMeter(0, HORIZON_NANOS, timeSeries));
  }

  /** Creates the model of {@code spec} on this host, metering with {@code meter}. */
  MeterHost(PlatformSpec spec, RunMeter meter) {
    this.meter = meter;
    this.model = spec.createModel(this, new RandomStreams(42));
  }

  /** Returns the benchmark's platform of {@code kind}. */
  static PlatformSpec spec(PlatformKind kind) {
    Scenario scenario = BundledScenario.parse(PLATFORMS, "MeterHost platforms");
    return scenario.platforms().stream()
        .filter(p -> PlatformKind.of(p) == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + kind.key() + " platform"));
  }

  /**
   * Sends every input once, off the clock, so that the model has its instances and the latency
   * histogram its range before a benchmark measures.
   */
  void sendEveryInput(MeterInputs inputs) {
    for (int i = 0; i < MeterInputs.REQUESTS; i++) {
      request(inputs, inputs.next());
    }
  }

  /**
   * Advances the clock by input {@code i}'s gap, ends the oldest request and sends a new one whose
   * CPU step is input {@code i}'s; returns the clock.
   */
  long request(MeterInputs inputs, int i) {
    long now = nowNanos + inputs.gapNanos[i];
    while (!timers.isEmpty() && timers.peekTimeNanos() <= now) {
      at(timers.peekTimeNanos());
      model.timer((int) timers.removeFirst());
    }
    at(now);
    int r = oldest;
    oldest = (oldest + 1) & (IN_FLIGHT - 1);
    if (state[r] != FREE) {
      end(r);
    }
    arrivalNanos[r] = now;
    stepNanos[r] = inputs.cpuNanos[i];
    cpuNanos[r] = 0;
    failed[r] = false;
    meter.arrived();
    model.admit(r);
    return now;
  }

  private void end(int request) {
    if (state[request] == HELD) {
      throw new IllegalStateException("a request still waits: the platform is too small");
    }
    model.cpuEnded(request);
    model.finished(request);
    meter.finished(nowNanos, nowNanos - arrivalNanos[request], failed[request]);
    state[request] = FREE;
  }

  private void at(long nanos) {
    nowNanos = nanos;
    meter.at(nanos);
  }

  private void run(int request) {
    state[request] = RUNNING;
    meter.invoked();
    model.cpu(request, stepNanos[request]);
  }

  @Override
  public long nowNanos() {
    return nowNanos;
  }

  @Override
  public long horizonNanos() {
    return HORIZON_NANOS;
  }

  @Override
  public void startNow(int request) {
    meter.queued(nowNanos);
    run(request);
  }

  /** Starts the step at once: no platform here delays a start (see {@link #spec}). */
  @Override
  public void startAt(int request, long atNanos) {
    startNow(request);
  }

  @Override
  public void hold(int request) {
    meter.queued(nowNanos);
    state[request] = HELD;
  }

  @Override
  public void resume(int request) {
    run(request);
  }

  @Override
  public void abandon(int request, Outcome outcome) {
    meter.abandoned(nowNanos, outcome);
    state[request] = FREE;
  }

  @Override
  public void refuse(int request, Outcome outcome) {
    meter.refused(outcome);
    state[request] = FREE;
  }

  @Override
  public boolean runCpu(int request, long cpuNanos, long wallNanos) {
    this.cpuNanos[request] += cpuNanos;
    meter.cpu(cpuNanos, nowNanos);
    return true; // the caller ends every step itself, with cpuEnded
  }

  @Override
  public void fail(int request) {
    failed[request] = true;
  }

  @Override
  public void timerAt(long atNanos, int id) {
    timers.add(atNanos, id);
  }

  @Override
  public boolean isMessage(int request) {
    return false;
  }

  @Override
  public int connection(int request) {
    return -1;
  }

  @Override
  public int columnIndex(String column) {
    return -1;
  }

  @Override
  public double attribute(int index) {
    throw new UnsupportedOperationException("no trace columns");
  }

  @Override
  public long arrivalNanos(int request) {
    return arrivalNanos[request];
  }

  @Override
  public long cpuNanos(int request) {
    return cpuNanos[request];
  }

  @Override
  public long currentStepNanos(int request) {
    return stepNanos[request];
  }

  @Override
  public int placement(int request) {
    return placement[request];
  }

  @Override
  public void place(int request, int where) {
    placement[request] = where;
  }

  @Override
  public RunMeter meter() {
    return meter;
  }
}
