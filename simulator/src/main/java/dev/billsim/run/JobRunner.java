package dev.billsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs platform jobs on a fixed pool of threads and returns their results in the order of the jobs,
 * whatever order they finish in, while the calling thread reports progress.
 */
public final class JobRunner {
  private static final long POLL_MILLIS = 200;

  private JobRunner() {}

  /** Hears, on the calling thread, how far the jobs have come. */
  @FunctionalInterface
  public interface Progress {
    /** Reports progress; {@code jobs} may be read, never changed. */
    void update(List<PlatformJob> jobs);
  }

  /**
   * Runs the jobs on at most {@code threads} threads; results come in the jobs' order.
   *
   * @param progress called every 200 ms while jobs run, and once when all are done
   */
  public static List<PlatformResult> runAll(
      List<PlatformJob> jobs, int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (jobs.isEmpty()) {
      return List.of();
    }
    // Even one worker thread leaves the calling thread free to report progress.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, jobs.size()),
            runnable -> {
              Thread thread = new Thread(runnable, "billsim-platform");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<PlatformResult>> futures = new ArrayList<>();
      for (PlatformJob job : jobs) {
        futures.add(pool.submit(job));
      }
      List<PlatformResult> results = new ArrayList<>();
      for (Future<PlatformResult> future : futures) {
        results.add(await(future, jobs, progress));
      }
      progress.update(jobs);
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static PlatformResult await(
      Future<PlatformResult> future, List<PlatformJob> jobs, Progress progress) {
    while (true) {
      try {
        return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        progress.update(jobs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while simulating", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }
  }
}
