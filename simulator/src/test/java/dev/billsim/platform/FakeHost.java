package dev.billsim.platform;

import dev.billsim.meter.Outcome;
import dev.billsim.meter.RunMeter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Drives one platform model by hand, in place of a {@link Simulation}: a test moves the clock,
 * sends requests and ends them, and reads what the model asked of its host in {@link #log}.
 *
 * <p>Timers fire in time order (then in the order set) whenever the clock moves past them. Every
 * request has a single CPU step, which the test ends with {@link #finish}; the fake keeps the meter
 * consistent, as the simulation does, so a test may read its usage.
 */
final class FakeHost implements PlatformHost {
  private static final int MAX_REQUESTS = 64;

  final RunMeter meter;
  final List<String> log = new ArrayList<>();
  private final long horizonNanos;
  private final long[] arrivalNanos = new long[MAX_REQUESTS];
  private final long[] cpuNanos = new long[MAX_REQUESTS];
  private final long[] stepNanos = new long[MAX_REQUESTS];
  private final int[] placement = new int[MAX_REQUESTS];
  private final PriorityQueue<long[]> timers =
      new PriorityQueue<>(
          (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
  private long timersSet;
  private long nowNanos;
  private PlatformModel model;

  /** Creates a host whose run ends at {@code horizonNanos}. */
  FakeHost(long horizonNanos) {
    this.horizonNanos = horizonNanos;
    this.meter = new RunMeter(0, horizonNanos, false);
    Arrays.fill(placement, -1);
  }

  /** Drives {@code model} from now on; returns it. */
  <M extends PlatformModel> M drive(M model) {
    this.model = model;
    return model;
  }

  /** Moves the clock to {@code atNanos}, firing every timer due by then. */
  void advanceTo(long atNanos) {
    while (!timers.isEmpty() && timers.peek()[0] <= atNanos) {
      long[] timer = timers.poll();
      at(timer[0]);
      model.timer((int) timer[2]);
    }
    at(atNanos);
  }

  /**
   * Sends request {@code request}, whose one CPU step takes {@code stepNanos}, at {@code atNanos}.
   */
  void arrive(int request, long atNanos, long stepNanos) {
    advanceTo(atNanos);
    arrivalNanos[request] = atNanos;
    this.stepNanos[request] = stepNanos;
    meter.arrived();
    model.admit(request);
  }

  /** Ends a started request at {@code atNanos}: its CPU step ends and it leaves. */
  void finish(int request, long atNanos) {
    advanceTo(atNanos);
    model.cpuEnded(request);
    model.finished(request);
    meter.finished(nowNanos, nowNanos - arrivalNanos[request], false);
  }

  /** Ends the run at {@code atNanos}, as the simulation does once it has drained. */
  void close(long atNanos) {
    advanceTo(atNanos);
    model.close(atNanos);
  }

  private void at(long nanos) {
    nowNanos = nanos;
    meter.at(nanos);
  }

  private void log(String what, int request) {
    log.add(what + " " + request + " @" + nowNanos / 1_000_000 + "ms");
  }

  @Override
  public long nowNanos() {
    return nowNanos;
  }

  @Override
  public long horizonNanos() {
    return horizonNanos;
  }

  @Override
  public void startNow(int request) {
    meter.admitted(nowNanos);
    log("start", request);
    model.cpu(request, stepNanos[request]);
  }

  @Override
  public void startAt(int request, long atNanos) {
    meter.admitted(nowNanos);
    log.add("start " + request + " @" + atNanos / 1_000_000 + "ms");
  }

  @Override
  public void hold(int request) {
    meter.queued(nowNanos);
    log("hold", request);
  }

  @Override
  public void resume(int request) {
    meter.invoked();
    log("resume", request);
    model.cpu(request, stepNanos[request]);
  }

  @Override
  public void abandon(int request, Outcome outcome) {
    meter.abandoned(nowNanos, outcome);
    log("abandon " + outcome, request);
  }

  @Override
  public void refuse(int request, Outcome outcome) {
    meter.refused(outcome);
    log("refuse " + outcome, request);
  }

  @Override
  public boolean runCpu(int request, long cpuNanos, long wallNanos) {
    this.cpuNanos[request] += cpuNanos;
    meter.cpu(cpuNanos, nowNanos);
    return true; // the caller ends every step itself, with cpuEnded
  }

  @Override
  public void fail(int request) {
    log("fail", request);
  }

  @Override
  public void timerAt(long atNanos, int id) {
    timers.add(new long[] {atNanos, timersSet++, id});
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
