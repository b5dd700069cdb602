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
import java.util.BitSet;
import java.util.concurrent.CancellationException;

/**
 * Simulates one platform over one scenario's traffic: generates the requests, drives each through
 * its steps on the platform's model, and meters everything.
 *
 * <p>Arrivals stop at the horizon; the run then drains, so every request that arrived within the
 * horizon completes (or fails) and is metered. With sessions, a user's next request is sent after
 * their think time once the previous one has left; a session whose next request would come after
 * the horizon ends there. Each run owns its clock, queue and streams: runs of different platforms
 * share nothing and can execute on different threads with identical results.
 */
public final class Simulation {
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
  private final String platformName;
  private volatile long progressNanos;
  private boolean connectRefused;

  /** Connections whose connect request gave up waiting: their messages are never sent. */
  private final BitSet abandonedConnects = new BitSet();

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
    this.requests = new RequestTable(INITIAL_CAPACITY, workload.maxSteps());
    this.meter = new RunMeter(workload.warmupNanos(), horizonNanos, timeSeries);
    this.model = platform.createModel(this, streams);
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
      loop();
    } catch (SimulationLimitException e) {
      throw e.at(platformName, scheduler.nowNanos());
    }
    meter.at(scheduler.nowNanos());
    model.close(scheduler.nowNanos());
    progressNanos = Math.max(horizonNanos, scheduler.nowNanos());
    return meter.usage();
  }

  private void loop() {
    scheduleNextArrival();
    while (scheduler.next()) {
      meter.at(scheduler.nowNanos());
      scheduler.kind().deliver(this, scheduler.subject());
      if ((scheduler.eventsProcessed() & PROGRESS_MASK) == 0) {
        progressNanos = scheduler.nowNanos();
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("the run of " + platformName + " was stopped");
        }
      }
    }
  }

  /** Returns how far simulated time has come, readable from any thread while the run goes on. */
  public long progressNanos() {
    return progressNanos;
  }

  /** Returns the horizon, after which no request arrives. */
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
      connect();
      return;
    }
    if (traffic.hasSessions()) {
      int session = traffic.startSession();
      scheduleNextArrival();
      if (session >= 0) {
        interact(session);
      }
      return;
    }
    long now = scheduler.nowNanos();
    int requestClass = arrivals.requestClass();
    int r = requests.allocate();
    requests.arrivalNanos[r] = now;
    requests.requestClass[r] = requestClass;
    arrivals.arrivalSteps(requests.stepNanos, requests.stepIndex(r, 0));
    meter.arrived();
    admitOrServe(r);
    // After admission: the model may read the arrival's trace row, which the next arrival replaces.
    scheduleNextArrival();
  }

  /** Opens a WebSocket connection: its connect request now, its first message or close later. */
  private void connect() {
    long now = scheduler.nowNanos();
    int r = requests.allocate();
    int connection =
        traffic.openConnection(now, horizonNanos, requests.stepNanos, requests.stepIndex(r, 0));
    requests.arrivalNanos[r] = now;
    requests.requestClass[r] = traffic.requestClass();
    requests.session[r] = connection;
    requests.role[r] = RequestTable.CONNECT;
    meter.arrived();
    connectRefused = false;
    admitOrServe(r);
    scheduleNextArrival();
    if (connectRefused) {
      traffic.endSession(connection); // a refused connect opens nothing: no messages follow
    } else {
      scheduleMessageOrClose(connection, now);
    }
  }

  /** Delivers a connection's next incoming message as a request. */
  void message(int connection) {
    long now = scheduler.nowNanos();
    if (abandonedConnects.get(connection)) {
      // Its connect gave up in a queue after this message was scheduled: the client never
      // connected, so nothing follows; the connection just ends at its close time.
      scheduler.schedule(Math.max(now, traffic.closeNanos(connection)), Event.CLOSE, connection);
      return;
    }
    int r = requests.allocate();
    requests.arrivalNanos[r] = now;
    requests.session[r] = connection;
    requests.role[r] = RequestTable.MESSAGE;
    requests.requestClass[r] =
        traffic.nextMessage(connection, requests.stepNanos, requests.stepIndex(r, 0));
    meter.arrived();
    admitOrServe(r);
    scheduleMessageOrClose(connection, now);
  }

  /** Closes a connection at the end of its lifetime. */
  void close(int connection) {
    if (abandonedConnects.get(connection)) {
      abandonedConnects.clear(connection); // the id may serve a later connection
    } else {
      model.closed(connection);
    }
    traffic.endSession(connection);
  }

  private void scheduleMessageOrClose(int connection, long now) {
    long close = traffic.closeNanos(connection);
    long next = now + traffic.nextMessageGapNanos(connection);
    if (next <= close) {
      scheduler.schedule(next, Event.MESSAGE, connection);
    } else {
      scheduler.schedule(Math.max(now, close), Event.CLOSE, connection);
    }
  }

  /** Lets the model admit a request, unless it is a static asset the platform serves itself. */
  private void admitOrServe(int request) {
    if (traffic.isStatic(requests.requestClass[request]) && model.servesStaticAssets()) {
      meter.servedStatic();
      leave(request);
    } else {
      model.admit(request);
    }
  }

  /** Sends a session's next request now. */
  void interact(int session) {
    int r = requests.allocate();
    requests.arrivalNanos[r] = scheduler.nowNanos();
    requests.session[r] = session;
    requests.requestClass[r] =
        traffic.nextInteraction(session, requests.stepNanos, requests.stepIndex(r, 0));
    meter.arrived();
    admitOrServe(r);
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
    model.finished(request);
    long now = scheduler.nowNanos();
    long latency = now - requests.arrivalNanos[request];
    // Checked in tests (surefire enables assertions), free in production.
    assert latency >= requests.cpuNanos[request]
        : "a request's wall time is less than its CPU time";
    meter.finished(now, latency, failed);
    leave(request);
  }

  /** Frees a request's slot; a session's user then thinks and sends the next one, if any. */
  private void leave(int request) {
    int session = requests.session[request];
    requests.release(request);
    if (session < 0 || !traffic.hasSessions()) {
      return;
    }
    if (traffic.hasNextInteraction(session)) {
      long at = scheduler.nowNanos() + traffic.thinkTimeNanos(session);
      if (at < horizonNanos) {
        scheduler.schedule(at, Event.INTERACTION, session);
        return;
      }
    }
    traffic.endSession(session);
  }

  private void scheduleNextArrival() {
    long next = arrivals.nextArrivalNanos();
    if (next != ArrivalProcess.NONE) {
      scheduler.scheduleFeed(next, Event.ARRIVAL, 0);
    }
  }

  // ---- what platform models may do ----

  /** Returns the current simulated time. */
  public long nowNanos() {
    return scheduler.nowNanos();
  }

  /** Admits a request and starts its first step now. */
  public void startNow(int request) {
    admitted(request);
    runStep(request);
  }

  /** Admits a request now and starts its first step later (after a cold start's INIT). */
  public void startAt(int request, long atNanos) {
    admitted(request);
    scheduler.schedule(atNanos, Event.START, request);
  }

  /**
   * Admits a request that waits in the platform (for an instance to boot, or in an instance's
   * queue): it is in flight from now, and the model later calls {@link #resume} or {@link
   * #abandon}.
   */
  public void hold(int request) {
    meter.queued(scheduler.nowNanos());
  }

  /** Starts a held request's first step now; it is billed as an invocation from here. */
  public void resume(int request) {
    invoked(request);
    runStep(request);
  }

  /**
   * Gives up on a held request that never started (a queue timeout): it leaves now, counted with
   * {@code outcome}, never billed as an invocation. The model has already forgotten it.
   */
  public void abandon(int request, Outcome outcome) {
    meter.abandoned(scheduler.nowNanos(), outcome);
    if (requests.role[request] == RequestTable.CONNECT) {
      abandonedConnects.set(requests.session[request]);
    }
    leave(request);
  }

  /** Refuses a request that has not started: it leaves now, is counted, and never runs. */
  public void refuse(int request, Outcome outcome) {
    meter.refused(outcome);
    if (requests.role[request] == RequestTable.CONNECT) {
      connectRefused = true;
    }
    leave(request);
  }

  /**
   * Runs the current CPU step: executes {@code cpuNanos} of CPU taking {@code wallNanos} of wall
   * time from now, after which the step ends.
   */
  public void runCpu(int request, long cpuNanos, long wallNanos) {
    requests.cpuNanos[request] += cpuNanos;
    meter.cpu(cpuNanos, scheduler.nowNanos());
    scheduler.schedule(scheduler.nowNanos() + wallNanos, Event.STEP_END, request);
  }

  /** Marks a request as failed: it leaves, counted as an error, when its current step ends. */
  public void fail(int request) {
    requests.failed[request] = true;
  }

  /** Sets a timer that calls the model's {@link PlatformModel#timer} with {@code id}. */
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

  /** Returns whether a request is an incoming WebSocket message. */
  public boolean isMessage(int request) {
    return requests.role[request] == RequestTable.MESSAGE;
  }

  /** Returns whether a request is a WebSocket connect. */
  public boolean isConnect(int request) {
    return requests.role[request] == RequestTable.CONNECT;
  }

  /** Returns the WebSocket connection of a connect or message request, or -1. */
  public int connection(int request) {
    return requests.role[request] == RequestTable.REQUEST ? -1 : requests.session[request];
  }

  /** Returns the index of a trace column the model may read at admission, or -1. */
  public int columnIndex(String column) {
    return traffic.columnIndex(column);
  }

  /** Returns a trace column of the arrival being admitted (valid only during admission). */
  public double attribute(int index) {
    return arrivals.attribute(index);
  }

  /** Returns when a request arrived. */
  public long arrivalNanos(int request) {
    return requests.arrivalNanos[request];
  }

  /** Returns the CPU a request has executed so far. */
  public long cpuNanos(int request) {
    return requests.cpuNanos[request];
  }

  /** Returns the duration of the request's current step (a CPU step waiting in a queue). */
  public long currentStepNanos(int request) {
    return requests.stepNanos[requests.stepIndex(request, requests.step[request])];
  }

  /** Returns where the model placed a request, or -1. */
  public int placement(int request) {
    return requests.placement[request];
  }

  /** Records where the model placed a request. */
  public void place(int request, int where) {
    requests.placement[request] = where;
  }

  /** Returns the platform model, for tests that look inside it. */
  PlatformModel model() {
    return model;
  }

  /** Returns the run's meter, for what only the model can measure. */
  public RunMeter meter() {
    return meter;
  }
}
