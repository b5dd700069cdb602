package dev.billsim.platform;

import dev.billsim.meter.Outcome;
import dev.billsim.meter.RunMeter;

/**
 * Lists what a {@link PlatformModel} may do to the run that drives it: read the clock and the
 * requests, start, hold, resume, refuse or abandon them, run their CPU steps, set timers, and
 * meter.
 *
 * <p>Models see this, never the {@link Simulation} itself, so a model can be driven by a small fake
 * host in a unit test. The simulation is the one production implementation, so calls from a model
 * stay monomorphic for the JIT.
 */
public interface PlatformHost {
  /** Returns the current simulated time. */
  long nowNanos();

  /** Returns the horizon, after which no request arrives. */
  long horizonNanos();

  /** Admits a request and starts its first step now. */
  void startNow(int request);

  /** Admits a request now and starts its first step at {@code atNanos} (after a cold start). */
  void startAt(int request, long atNanos);

  /**
   * Admits a request that waits in the platform (for an instance to start, or in a queue): it is in
   * flight from now, and the model later calls {@link #resume} or {@link #abandon}.
   */
  void hold(int request);

  /** Starts a held request's first step now; it is billed as an invocation from here. */
  void resume(int request);

  /**
   * Gives up on a held request that never started (a queue timeout): it leaves now, counted with
   * {@code outcome}, never billed as an invocation. The model has already forgotten it.
   */
  void abandon(int request, Outcome outcome);

  /** Refuses a request that has not started: it leaves now, is counted, and never runs. */
  void refuse(int request, Outcome outcome);

  /**
   * Runs the current CPU step: executes {@code cpuNanos} of CPU taking {@code wallNanos} of wall
   * time from now, after which the step ends.
   *
   * @return true if the model learns of the step's end ({@link PlatformModel#cpuEnded}); false if
   *     an I/O step follows and the run goes straight on to that step's end without an event at
   *     this one's (only for a request not failed, on a model that does not {@link
   *     PlatformModel#needsEveryCpuEnd}): what the step holds, the model frees itself, as of {@code
   *     wallNanos} from now
   */
  boolean runCpu(int request, long cpuNanos, long wallNanos);

  /** Marks a request as failed: it leaves, counted as an error, when its current step ends. */
  void fail(int request);

  /** Sets a timer that calls the model's {@link PlatformModel#timer} with {@code id}. */
  void timerAt(long atNanos, int id);

  /** Returns whether a request is an incoming WebSocket message. */
  boolean isMessage(int request);

  /** Returns the WebSocket connection of a connect or message request, or -1. */
  int connection(int request);

  /** Returns the index of a trace column the model may read at admission, or -1. */
  int columnIndex(String column);

  /** Returns a trace column of the arrival being admitted (valid only during admission). */
  double attribute(int index);

  /** Returns when a request arrived. */
  long arrivalNanos(int request);

  /** Returns the CPU a request has executed so far. */
  long cpuNanos(int request);

  /** Returns the duration of the request's current step (a CPU step waiting in a queue). */
  long currentStepNanos(int request);

  /** Returns where the model placed a request, or -1. */
  int placement(int request);

  /** Records where the model placed a request. */
  void place(int request, int where);

  /** Returns the run's meter, for what only the model can measure. */
  RunMeter meter();
}
