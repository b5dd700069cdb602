package dev.billsim.fuzz;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.cli.Main;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one case through the command line in-process, as a user would: {@code billsim validate}; if
 * that accepts the scenario and it expects few enough requests, {@code billsim run -q --format json
 * --threads 1}. The case runs on its own thread so that a case stuck in a loop is reported as a
 * timeout instead of hanging the build.
 */
final class CaseRunner implements AutoCloseable {
  private final Duration timeout;
  private final double maxRequests;
  private final Path workDir;
  private final ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());
  private ExecutorService executor;
  private volatile Thread worker;
  private int timeouts;

  /**
   * Creates a runner whose cases each end within {@code timeout}, run only below {@code
   * maxRequests} expected requests, and are written under {@code workDir}.
   */
  CaseRunner(Duration timeout, double maxRequests, Path workDir) {
    this.timeout = timeout;
    this.maxRequests = maxRequests;
    this.workDir = workDir;
    this.executor = newExecutor();
  }

  /** Returns how many cases ran out of time; their threads may still be running. */
  int timeouts() {
    return timeouts;
  }

  /** Runs one case and returns how it ended; its files are deleted afterwards. */
  CaseOutcome run(FuzzCase fuzzCase) {
    Path dir = workDir.resolve(fuzzCase.id());
    Path scenario;
    try {
      Files.createDirectories(dir);
      scenario = fuzzCase.writeTo(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Progress progress = new Progress();
    Future<CaseOutcome> future = executor.submit(() -> execute(scenario, dir.toString(), progress));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return timedOut(future, progress);
    } catch (ExecutionException e) {
      return CaseOutcome.failure(
          progress.validateExit, -1, FailureSignature.ofThrown("harness", e.getCause()), "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (future.isDone()) {
        TempFiles.delete(dir);
      }
    }
  }

  /** What a case has done so far, read when it runs out of time. */
  private static final class Progress {
    volatile String command = "validate";
    volatile int validateExit = -1;
  }

  private CaseOutcome execute(Path scenario, String dir, Progress progress) {
    Cli validate = cli("validate", scenario.toString());
    String signature = FailureSignature.of("validate", validate.exitCode, validate.err, dir);
    progress.validateExit = validate.exitCode;
    if (signature != null) {
      return CaseOutcome.failure(validate.exitCode, -1, signature, validate.err);
    }
    if (validate.exitCode != 0) {
      return new CaseOutcome(validate.exitCode, -1, false, null, "");
    }
    progress.command = "load";
    double requests;
    try {
      Scenario loaded = loader.load(scenario);
      requests = RunBudget.expectedRequests(loaded);
    } catch (ScenarioException e) {
      return CaseOutcome.failure(
          0, -1, "load: validate exit 0 but the loader rejects the scenario", e.getMessage());
    } catch (RuntimeException | Error e) {
      return CaseOutcome.failure(0, -1, FailureSignature.ofThrown("load", e), e.toString());
    }
    if (!(requests <= maxRequests)) {
      return new CaseOutcome(0, -1, true, null, "");
    }
    progress.command = "run";
    Cli run = cli("run", scenario.toString(), "-q", "--format", "json", "--threads", "1");
    signature = FailureSignature.of("run", run.exitCode, run.err, dir);
    if (signature != null) {
      return CaseOutcome.failure(0, run.exitCode, signature, run.err);
    }
    return new CaseOutcome(0, run.exitCode, false, null, "");
  }

  /** What one command returned and printed on stderr. */
  private record Cli(int exitCode, String err) {}

  private static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try {
      code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Main.execute must turn everything into an exit code; show what escaped it, as a trace.
      StringBuilder trace = new StringBuilder(err + "\nthrown out of Main.execute:\n" + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        trace.append("\n\tat ").append(frame);
      }
      return new Cli(-1, trace.toString());
    }
    return new Cli(code, err.toString());
  }

  private CaseOutcome timedOut(Future<CaseOutcome> future, Progress progress) {
    timeouts++;
    Thread stuck = worker;
    List<StackTraceElement> stack = stuck == null ? List.of() : List.of(stuck.getStackTrace());
    future.cancel(true);
    // The stuck thread may ignore the interrupt: leave it (it is a daemon) and carry on on another.
    executor.shutdownNow();
    executor = newExecutor();
    String trace = String.join("\n\tat ", stack.stream().limit(15).map(Object::toString).toList());
    return CaseOutcome.failure(
        progress.validateExit,
        -1,
        FailureSignature.ofTimeout(progress.command, stack),
        "no exit after " + timeout.toSeconds() + " s; the thread was at:\n\tat " + trace);
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "billsim-fuzz-case");
          thread.setDaemon(true);
          worker = thread;
          return thread;
        });
  }

  /** Stops the runner's thread. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
