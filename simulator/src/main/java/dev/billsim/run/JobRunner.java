package dev.billsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
  /**
   * The thread count that lets the runner choose: one thread per job when there are at most twice
   * as many jobs as cores, else one per core. Three platforms on two cores then share both cores
   * evenly and finish together after 1.5 runs' time, where two threads would run two platforms on
   * one of them, one after the other: 2 runs' time. Many jobs queue on one thread per core instead,
   * each finishing before the next starts, so their memory is not all held at once.
   */
  public static final int AUTO = 0;

  private static final long POLL_MILLIS = 200;

  private JobRunner() {}

  /** Hears, on the calling thread, how far the jobs have come. */
  @FunctionalInterface
  public interface Progress {
    /** Reports progress; {@code jobs} may be read, never changed. */
    void update(List<PlatformJob> jobs);
  }

  /**
   * Returns the number of threads to run {@code jobs} jobs on: {@code threads}, or with {@link
   * #AUTO} one per job up to twice {@code cores}, else {@code cores}; never more than the jobs.
   */
  public static int poolSize(int threads, int jobs, int cores) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be at least 1, or AUTO: " + threads);
    }
    int size = threads != AUTO ? threads : jobs <= 2 * cores ? jobs : cores;
    return Math.max(1, Math.min(size, jobs));
  }

  /**
   * Runs the jobs on at most {@code threads} threads ({@link #AUTO}: see {@link #poolSize});
   * results come in the jobs' order, whatever the thread count.
   *
   * @param progress called every 200 ms while jobs run, and once when all are done
   */
  public static List<PlatformResult> runAll(
      List<PlatformJob> jobs, int threads, Progress progress) {
    return runTasks(jobs, threads, () -> progress.update(jobs));
  }

  /**
   * Runs the tasks on at most {@code threads} threads ({@link #AUTO}: see {@link #poolSize}) as
   * {@link #runAll} runs jobs, calling {@code progress} every 200 ms and once at the end; results
   * come in the tasks' order.
   */
  static <R> List<R> runTasks(List<? extends Callable<R>> tasks, int threads, Runnable progress) {
    int size = poolSize(threads, tasks.size(), Runtime.getRuntime().availableProcessors());
    if (tasks.isEmpty()) {
      return List.of();
    }
    // Even one worker thread leaves the calling thread free to report progress.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            size,
            runnable -> {
              Thread thread = new Thread(runnable, "billsim-platform");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (Callable<R> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(await(future, futures, progress));
      }
      progress.run();
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits for {@code future}, reporting progress, and fails as soon as any job of {@code all} has
   * failed: a platform that stops at once must not wait for the others' long runs.
   */
  private static <R> R await(Future<R> future, List<Future<R>> all, Runnable progress) {
    while (true) {
      try {
        return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        for (Future<R> other : all) {
          if (other.isDone()) {
            resultOf(other);
          }
        }
        progress.run();
      } catch (ExecutionException e) {
        throw unwrap(e);
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
    }
  }

  /** Returns a finished job's result, or throws what failed it. */
  private static <R> R resultOf(Future<R> done) {
    try {
      return done.get();
    } catch (ExecutionException e) {
      throw unwrap(e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private static RuntimeException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("interrupted while simulating", e);
  }

  /** Rethrows a job's failure as it was thrown. */
  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
