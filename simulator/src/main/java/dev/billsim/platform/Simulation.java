package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.Scheduler;
import dev.billsim.engine.SimulationLimitException;
import dev.billsim.meter.Outcome;
import dev.billsim.meter.RunMeter;
import dev.billsim.meter.Usage;
import dev.billsim.workload.ArrivalFeed;
import dev.billsim.workload.ArrivalProcess;
import dev.billsim.workload.TrafficSource;
import dev.billsim.workload.TrafficTape;
import dev.billsim.workload.Workload;
import java.util.concurrent.CancellationException;

/**
 * Simulates one platform over one scenario's traffic: generates the requests, drives each through
 * its steps on the platform's model, and meters everything.
 *
 * <p>Arrivals stop at the horizon; the run then drains, so every request that arrived within the
 * horizon completes (or fails) and is metered. Users who send several requests (sessions, WebSocket
 * connections) are driven by {@link Sessions}. The model sees the run only as its {@link
 * PlatformHost}, which this is. Each run owns its clock, queue and streams: runs of different
 * platforms share nothing and can execute on different threads with identical results.
 */
public final class Simulation implements PlatformHost {
  private static final int INITIAL_CAPACITY = 1024;

  /** Publish progress every 2^14 events: cheap, and often enough for a progress bar. */
  private static final long PROGRESS_MASK = (1 << 14) - 1;

  private final Scheduler<Event> scheduler = new Scheduler<>(Event.class, INITIAL_CAPACITY);
  private final TrafficSource traffic;

  /** The open-loop arrivals: {@link #traffic} itself, or a reader of a tape other runs share. */
  private final ArrivalFeed arrivals;

  private final RequestTable requests;
  private final RunMeter meter;
  private final long horizonNanos;
  private final PlatformModel model;

  /** Whether every CPU step's end is an event: see {@link PlatformModel#needsEveryCpuEnd}. */
  private final boolean cpuEndEvents;

  private final String platformName;
  private volatile long progressNanos;

  /** Whether {@link #advance} has drawn the first arrival. */
  private boolean started;

  private final Sessions sessions;

  /** Meters the bytes requests carry, where the scenario gives sizes. */
  private final RequestSizes sizes;

  /**
   * Prepares a run of {@code platform} over {@code workload}, drawing from {@code streams}, that
   * records no time series (what a run without charts needs).
   */
  public Simulation(Workload workload, PlatformSpec platform, RandomStreams streams) {
    this(workload, platform, streams, false);
  }

  /**
   * Prepares a run of {@code platform} over {@code workload}, drawing from {@code streams}, that
   * records the time series the charts draw only if {@code timeSeries}. Either way the results are
   * the same: the series only watches.
   */
  public Simulation(
      Workload workload, PlatformSpec platform, RandomStreams streams, boolean timeSeries) {
    this(workload, platform, streams, timeSeries, null);
  }

  /**
   * Prepares a run as above that takes its arrivals from {@code sharedArrivals}, a reader of a
   * {@link TrafficTape} of the same workload and streams, or draws them itself if it is null. The
   * results are the same either way.
   */
  public Simulation(
      Workload workload,
      PlatformSpec platform,
      RandomStreams streams,
      boolean timeSeries,
      ArrivalFeed sharedArrivals) {
    if (sharedArrivals != null && !TrafficTape.canTape(workload)) {
      throw new IllegalArgumentException(
          "runs with sessions or connections draw their own traffic");
    }
    this.horizonNanos = workload.horizonNanos();
    this.platformName = platform.name();
    this.traffic = new TrafficSource(workload, streams, sharedArrivals == null);
    this.arrivals = sharedArrivals == null ? traffic : sharedArrivals;
    this.requests = new RequestTable(INITIAL_CAPACITY, workload.recordSlots());
    this.meter = new RunMeter(workload.warmupNanos(), horizonNanos, timeSeries);
    long replies =
        workload.traffic().hasWebSockets() ? workload.traffic().webSockets().replies() : 1;
    this.sizes =
        new RequestSizes(requests, meter, workload.hasSizes() ? workload.maxSteps() : -1, replies);
    this.model = platform.createModel(this, streams);
    this.cpuEndEvents = model.needsEveryCpuEnd();
    this.sessions = new Sessions(this, scheduler, traffic, requests, meter, model, horizonNanos);
    if (workload.traffic().hasWebSockets()) {
      meter.meterWebSockets(replies);
    }
    if (platform.alb() != null) {
      meter.meterLoadBalancer();
    }
  }

  /**
   * Runs until every request that arrived within the horizon has left, and returns the usage.
   *
   * @throws SimulationLimitException when the platform's work would go past the end of simulated
   *     time or hold too many requests at once, saying which platform and when
   * @throws CancellationException when the thread is interrupted: another run of the same command
   *     failed, or the command was stopped
   */
  public Usage run() {
    try {
      scheduleNextArrival();
      while (scheduler.next()) {
        deliver();
      }
    } catch (SimulationLimitException e) {
      throw e.at(platformName, scheduler.nowNanos());
    }
    return finish();
  }

  /**
   * Runs on until the run is over, or until its next event is an arrival whose successor its feed
   * has not drawn yet: how several runs reading one {@link TrafficTape#inTurn} tape take turns on
   * one thread. Returns true when the run is over: {@link #finish} then gives its usage. The events
   * are those {@link #run} takes, in the same order, so the usage is the same.
   *
   * @throws SimulationLimitException as {@link #run} does
   */
  public boolean advance() {
    try {
      if (!started) {
        started = true;
        scheduleNextArrival(); // a reader of an in-turn tape is ready for its first request
      }
      // An arrival reads its successor from the feed (scheduleNextArrival): take it only if the
      // feed can give one. Any other event, or an arrival with a ready feed, goes as in run().
      while (arrivals.ready() || !scheduler.feedIsNext()) {
        if (!scheduler.next()) {
          return true;
        }
        deliver();
      }
      return false;
    } catch (SimulationLimitException e) {
      throw e.at(platformName, scheduler.nowNanos());
    }
  }

  /** Takes the event {@link Scheduler#next} took to its handler. */
  private void deliver() {
    meter.at(scheduler.nowNanos());
    scheduler.kind().deliver(this, scheduler.subject());
    if ((scheduler.eventsProcessed() & PROGRESS_MASK) == 0) {
      progressNanos = scheduler.nowNanos();
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("the run of " + platformName + " was stopped");
      }
    }
  }

  /**
   * Closes the run once no event is left, by {@link #run} or by {@link #advance} returning true,
   * and returns its usage.
   */
  public Usage finish() {
    meter.at(scheduler.nowNanos());
    model.close(scheduler.nowNanos());
    progressNanos = Math.max(horizonNanos, scheduler.nowNanos());
    return meter.usage();
  }

  /** Returns how far simulated time has come, readable from any thread while the run goes on. */
  public long progressNanos() {
    return progressNanos;
  }

  @Override
  public long horizonNanos() {
    return horizonNanos;
  }

  /** Returns the number of events processed so far. */
  public long eventsProcessed() {
    return scheduler.eventsProcessed();
  }

  // ---- the request lifecycle, driven by events ----

  void arrive() {
    if (traffic.hasWebSockets()) {
      sessions.connect();
      return;
    }
    if (traffic.hasSessions()) {
      sessions.start();
      return;
    }
    long now = scheduler.nowNanos();
    int requestClass = arrivals.requestClass();
    int r = requests.allocate();
    requests.arrivalNanos[r] = now;
    requests.requestClass[r] = requestClass;
    arrivals.arrivalSteps(requests.stepNanos, requests.stepIndex(r, 0));
    arrived(r);
    admitOrServe(r);
    // After admission: the model may read the arrival's trace row, which the next arrival replaces.
    scheduleNextArrival();
  }

  /** Meters an arrival whose steps (and sizes) are drawn. */
  void arrived(int request) {
    meter.arrived();
    sizes.arrived(request);
    long requestBytes = sizes.requestBytes(request);
    if (requests.role[request] == RequestTable.MESSAGE) {
      meter.messageArrived(requestBytes);
      meter.balancedBytes(requestBytes);
    } else {
      meter.balancedRequest(requestBytes);
    }
  }

  /** Returns the sessions and connections of this run. */
  Sessions sessions() {
    return sessions;
  }

  /** Lets the model admit a request, unless it is a static asset the platform serves itself. */
  void admitOrServe(int request) {
    if (traffic.isStatic(requests.requestClass[request]) && model.servesStaticAssets()) {
      meter.servedStatic();
      sizes.served(request);
      leave(request);
    } else {
      model.admit(request);
    }
  }

  void start(int request) {
    runStep(request);
  }

  void endStep(int request) {
    int c = requests.requestClass[request];
    int s = requests.step[request];
    if (traffic.isCpu(c, s)) {
      model.cpuEnded(request);
    }
    if (requests.failed[request]) {
      finish(request, true);
    } else if (++s == traffic.stepCount(c)) {
      finish(request, false);
    } else {
      requests.step[request] = s;
      runStep(request);
    }
  }

  void timer(int id) {
    model.timer(id);
  }

  private void runStep(int request) {
    int c = requests.requestClass[request];
    int s = requests.step[request];
    long nanos = requests.stepNanos[requests.stepIndex(request, s)];
    if (traffic.isCpu(c, s)) {
      model.cpu(request, nanos);
    } else {
      scheduler.schedule(scheduler.nowNanos() + nanos, Event.STEP_END, request);
    }
  }

  private void finish(int request, boolean failed) {
    // Only a request that succeeds sends its response; one that fails sends no body.
    if (!failed && sizes.completedFails(request, model)) {
      requests.failed[request] = true;
      failed = true;
    }
    model.finished(request);
    long now = scheduler.nowNanos();
    long latency = now - requests.arrivalNanos[request];
    // Checked in tests (surefire enables assertions), free in production.
    assert latency >= requests.cpuNanos[request]
        : "a request's wall time is less than its CPU time";
    meter.finished(now, latency, failed);
    if (!failed && requests.role[request] == RequestTable.MESSAGE) {
      meter.replied(sizes.responseBytes(request));
    }
    leave(request);
  }

  /** Frees a request's slot; a session's user then thinks and sends the next one, if any. */
  private void leave(int request) {
    if (requests.role[request] == RequestTable.REQUEST) {
      // An HTTP request's connection ends with it; a WebSocket's ends at its close.
      meter.balancedConnection(requests.arrivalNanos[request]);
    }
    int session = requests.session[request];
    requests.release(request);
    if (session >= 0 && traffic.hasSessions()) {
      sessions.left(session);
    }
  }

  void scheduleNextArrival() {
    long next = arrivals.nextArrivalNanos();
    if (next != ArrivalProcess.NONE) {
      scheduler.scheduleFeed(next, Event.ARRIVAL, 0);
    }
  }

  // ---- what platform models may do ----

  @Override
  public long nowNanos() {
    return scheduler.nowNanos();
  }

  @Override
  public void startNow(int request) {
    admitted(request);
    runStep(request);
  }

  @Override
  public void startAt(int request, long atNanos) {
    admitted(request);
    scheduler.schedule(atNanos, Event.START, request);
  }

  @Override
  public void hold(int request) {
    meter.queued(scheduler.nowNanos());
  }

  @Override
  public void resume(int request) {
    invoked(request);
    runStep(request);
  }

  @Override
  public void abandon(int request, Outcome outcome) {
    meter.abandoned(scheduler.nowNanos(), outcome);
    if (requests.role[request] == RequestTable.CONNECT) {
      sessions.connectAbandoned(requests.session[request]);
    }
    leave(request);
  }

  @Override
  public void refuse(int request, Outcome outcome) {
    meter.refused(outcome);
    if (requests.role[request] == RequestTable.CONNECT) {
      sessions.connectRefused();
    }
    leave(request);
  }

  @Override
  public boolean runCpu(int request, long cpuNanos, long wallNanos) {
    long now = scheduler.nowNanos();
    requests.cpuNanos[request] += cpuNanos;
    meter.cpu(cpuNanos, now);
    int c = requests.requestClass[request];
    int next = requests.step[request] + 1;
    if (!cpuEndEvents
        && next < traffic.stepCount(c)
        && !traffic.isCpu(c, next)
        && !requests.failed[request]) {
      // Nothing happens at this step's end but the I/O step's start, and an I/O step waits on
      // nothing: go straight to its end. The model frees the CPU itself (see runCpu's contract).
      requests.step[request] = next;
      long ioNanos = requests.stepNanos[requests.stepIndex(request, next)];
      scheduler.schedule(now + wallNanos + ioNanos, Event.STEP_END, request);
      return false;
    }
    scheduler.schedule(now + wallNanos, Event.STEP_END, request);
    return true;
  }

  @Override
  public void fail(int request) {
    requests.failed[request] = true;
  }

  @Override
  public void timerAt(long atNanos, int id) {
    scheduler.schedule(atNanos, Event.TIMER, id);
  }

  private void admitted(int request) {
    meter.queued(scheduler.nowNanos());
    invoked(request);
  }

  private void invoked(int request) {
    meter.invoked();
    if (requests.role[request] == RequestTable.MESSAGE) {
      meter.message();
    }
  }

  @Override
  public boolean isMessage(int request) {
    return requests.role[request] == RequestTable.MESSAGE;
  }

  @Override
  public int connection(int request) {
    return requests.role[request] == RequestTable.REQUEST ? -1 : requests.session[request];
  }

  @Override
  public int columnIndex(String column) {
    return traffic.columnIndex(column);
  }

  @Override
  public double attribute(int index) {
    return arrivals.attribute(index);
  }

  @Override
  public long arrivalNanos(int request) {
    return requests.arrivalNanos[request];
  }

  @Override
  public long cpuNanos(int request) {
    return requests.cpuNanos[request];
  }

  @Override
  public long currentStepNanos(int request) {
    return requests.stepNanos[requests.stepIndex(request, requests.step[request])];
  }

  @Override
  public int placement(int request) {
    return requests.placement[request];
  }

  @Override
  public void place(int request, int where) {
    requests.placement[request] = where;
  }

  /** Returns the platform model, for tests that look inside it. */
  PlatformModel model() {
    return model;
  }

  @Override
  public RunMeter meter() {
    return meter;
  }
}
