package dev.billsim.platform;

/**
 * Lists the events of a simulation run; each constant delivers itself to the run, so a new kind of
 * event that is not handled does not compile.
 */
enum Event {
  /** The traffic source emits the next request. */
  ARRIVAL {
    @Override
    void deliver(Simulation run, int subject) {
      run.arrive();
    }
  },
  /** A request the platform admitted with a delay (a cold start's INIT) begins its first step. */
  START {
    @Override
    void deliver(Simulation run, int request) {
      run.start(request);
    }
  },
  /** The current step of a request ends. */
  STEP_END {
    @Override
    void deliver(Simulation run, int request) {
      run.endStep(request);
    }
  },
  /** A user session, done thinking, sends its next request. */
  INTERACTION {
    @Override
    void deliver(Simulation run, int session) {
      run.sessions().interact(session);
    }
  },
  /** A WebSocket connection receives its next incoming message. */
  MESSAGE {
    @Override
    void deliver(Simulation run, int connection) {
      run.sessions().message(connection);
    }
  },
  /** A WebSocket connection closes at the end of its lifetime. */
  CLOSE {
    @Override
    void deliver(Simulation run, int connection) {
      run.sessions().close(connection);
    }
  },
  /** A timer the platform model set fires (e.g. keep-alive expiry); the subject is the model's. */
  TIMER {
    @Override
    void deliver(Simulation run, int timer) {
      run.timer(timer);
    }
  };

  /** Hands the event to the run. */
  abstract void deliver(Simulation run, int subject);
}
