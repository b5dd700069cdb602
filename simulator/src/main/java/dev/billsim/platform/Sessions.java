package dev.billsim.platform;

import dev.billsim.engine.Scheduler;
import dev.billsim.meter.RunMeter;
import dev.billsim.workload.TrafficSource;
import java.util.BitSet;

/**
 * Drives the clients that send more than one request: user sessions (a request, think time, the
 * next) and WebSocket connections (a connect, messages, a close), for one {@link Simulation}.
 *
 * <p>A session's next request is sent after its think time once the previous one has left; a
 * session whose next request would come after the horizon ends there. A connection's messages and
 * close are scheduled from its connect; a refused connect opens nothing, and a connect that gave up
 * in a queue sends nothing more and just ends at its close time.
 */
final class Sessions {
  private final Simulation run;
  private final Scheduler<Event> scheduler;
  private final TrafficSource traffic;
  private final RequestTable requests;
  private final RunMeter meter;
  private final PlatformModel model;
  private final long horizonNanos;
  private boolean connectRefused;

  /** Connections whose connect request gave up waiting: their messages are never sent. */
  private final BitSet abandonedConnects = new BitSet();

  Sessions(
      Simulation run,
      Scheduler<Event> scheduler,
      TrafficSource traffic,
      RequestTable requests,
      RunMeter meter,
      PlatformModel model,
      long horizonNanos) {
    this.run = run;
    this.scheduler = scheduler;
    this.traffic = traffic;
    this.requests = requests;
    this.meter = meter;
    this.model = model;
    this.horizonNanos = horizonNanos;
  }

  /** Starts a new user session, which sends its first request now. */
  void start() {
    int session = traffic.startSession();
    run.scheduleNextArrival();
    if (session >= 0) {
      interact(session);
    }
  }

  /** Sends a session's next request now. */
  void interact(int session) {
    int r = requests.allocate();
    requests.arrivalNanos[r] = scheduler.nowNanos();
    requests.session[r] = session;
    requests.requestClass[r] =
        traffic.nextInteraction(session, requests.stepNanos, requests.stepIndex(r, 0));
    run.arrived(r);
    run.admitOrServe(r);
  }

  /** Lets a session's user, whose request just left, think and send the next one, if any. */
  void left(int session) {
    if (traffic.hasNextInteraction(session)) {
      long at = scheduler.nowNanos() + traffic.thinkTimeNanos(session);
      if (at < horizonNanos) {
        scheduler.schedule(at, Event.INTERACTION, session);
        return;
      }
    }
    traffic.endSession(session);
  }

  /** Opens a WebSocket connection: its connect request now, its first message or close later. */
  void connect() {
    long now = scheduler.nowNanos();
    int r = requests.allocate();
    int connection =
        traffic.openConnection(now, horizonNanos, requests.stepNanos, requests.stepIndex(r, 0));
    requests.arrivalNanos[r] = now;
    requests.requestClass[r] = traffic.requestClass();
    requests.session[r] = connection;
    requests.role[r] = RequestTable.CONNECT;
    run.arrived(r);
    connectRefused = false;
    run.admitOrServe(r);
    run.scheduleNextArrival();
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
    run.arrived(r);
    run.admitOrServe(r);
    scheduleMessageOrClose(connection, now);
  }

  /** Closes a connection at the end of its lifetime. */
  void close(int connection) {
    if (abandonedConnects.get(connection)) {
      abandonedConnects.clear(connection); // the id may serve a later connection
    } else {
      model.closed(connection);
      meter.connectionClosed(traffic.openNanos(connection));
    }
    traffic.endSession(connection);
  }

  /** Learns that a connect request was refused while being admitted: no messages will follow. */
  void connectRefused() {
    connectRefused = true;
  }

  /** Learns that the connect request of {@code connection} gave up waiting in a queue. */
  void connectAbandoned(int connection) {
    abandonedConnects.set(connection);
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
}
