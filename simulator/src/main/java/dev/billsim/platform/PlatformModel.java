package dev.billsim.platform;

/**
 * Decides how one execution platform runs requests; the {@link Simulation} drives every request
 * through its steps and calls back here where platforms differ, and the model acts on the run only
 * through its {@link PlatformHost}.
 *
 * <p>A model admits each arrival (start now, start after a delay, or refuse), runs CPU steps
 * (possibly slower, possibly after a queue), and meters what its platform bills. I/O steps are the
 * same everywhere: they take their time and hold nothing the model tracks beyond the request's own
 * placement.
 */
public interface PlatformModel {
  /**
   * Decides what happens to a request that just arrived: it must start it, delay it or refuse it.
   */
  void admit(int request);

  /**
   * Runs a CPU step that needs {@code cpuNanos} of one vCPU; must call {@link PlatformHost#runCpu}.
   */
  void cpu(int request, long cpuNanos);

  /**
   * Learns that a CPU step of {@code request} ended, unless {@link PlatformHost#runCpu} returned
   * false for it.
   */
  default void cpuEnded(int request) {}

  /**
   * Tells whether {@link #cpuEnded} must be called at the end of every CPU step. If not, the run
   * saves an event per CPU step that an I/O step follows (most of an idle-heavy request's steps).
   */
  default boolean needsEveryCpuEnd() {
    return false;
  }

  /** Learns that a request that ran has left, completed or failed; meters what it bills. */
  void finished(int request);

  /**
   * Tells whether a request that ran every step fails because the platform cannot send a response
   * of {@code responseBytes} (a buffered Lambda response above 6 MB); asked only when the scenario
   * gives sizes, before {@link #finished}.
   */
  default boolean failsResponse(long responseBytes) {
    return false;
  }

  /**
   * Tells whether the platform answers static-asset requests itself, free, without running them.
   */
  default boolean servesStaticAssets() {
    return false;
  }

  /** Learns that a WebSocket connection whose connect request it admitted has closed. */
  default void closed(int connection) {}

  /** Handles a timer the model set with {@link PlatformHost#timerAt}. */
  default void timer(int id) {}

  /** Meters what lasts for the whole run, once the run has drained at {@code endNanos}. */
  default void close(long endNanos) {}
}
