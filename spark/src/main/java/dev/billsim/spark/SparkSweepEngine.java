package dev.billsim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.cli.SweepEngine;
import dev.billsim.cli.SweepRequest;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.UsageJson;
import dev.billsim.sweep.JobKey;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepProgress;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a sweep's jobs as Spark tasks and hands their results back to the command in job order.
 *
 * <p>Jobs go to tasks in groups of consecutive jobs ({@code spark.billsim.jobs-per-task}; by
 * default one job per task up to {@link #MAX_TASKS} tasks, more per task beyond), so a task loads
 * few points and a large sweep does not flood the scheduler.
 */
public final class SparkSweepEngine implements SweepEngine {
  /** The most tasks a sweep is cut into by default. */
  public static final int MAX_TASKS = 10_000;

  /** Sends the scenario's directory to executors with the job ({@code true}), or not. */
  public static final String SHIP_DATA = "spark.billsim.ship-data";

  /** Jobs per task; unset: one, or more to keep within {@link #MAX_TASKS} tasks. */
  public static final String JOBS_PER_TASK = "spark.billsim.jobs-per-task";

  /** Task indices (comma-separated) whose first attempt fails on purpose. */
  public static final String FAIL_FIRST_ATTEMPT = "spark.billsim.fail-first-attempt";

  private static final long POLL_MILLIS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JavaSparkContext spark;

  /** Creates an engine that runs jobs on {@code spark}'s cluster. */
  public SparkSweepEngine(JavaSparkContext spark) {
    this.spark = spark;
  }

  @Override
  public List<PlatformResult> run(
      SweepRequest request, SweepJobs jobs, int threads, SweepProgress progress) {
    List<JobGroup> groups = groups(jobs.keys(), jobsPerTask(setting(JOBS_PER_TASK), jobs.size()));
    String shipped = null;
    if (Boolean.parseBoolean(setting(SHIP_DATA))) {
      spark.sc().addFile(request.directory(), true);
      shipped = new File(request.directory()).getName();
    }
    Broadcast<SweepRequest> shared = spark.broadcast(request);
    TaskProgress listener = new TaskProgress(jobs, groups);
    spark.sc().addSparkListener(listener);
    List<JobOutput> outputs;
    try {
      JavaFutureAction<List<JobOutput>> future =
          spark
              .parallelize(groups, groups.size())
              .mapPartitions(
                  new JobTask(shared, shipped, failFirstAttempt(setting(FAIL_FIRST_ATTEMPT))))
              .collectAsync();
      outputs = await(future, listener, progress);
    } finally {
      spark.sc().removeSparkListener(listener);
      shared.destroy();
    }
    List<PlatformResult> results = new ArrayList<>(jobs.size());
    for (int j = 0; j < jobs.size(); j++) {
      results.add(null);
    }
    for (JobOutput output : outputs) {
      try {
        results.set(
            output.job(),
            jobs.price(output.job(), UsageJson.fromTree(JSON.readTree(output.usageJson()))));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("a task sent back a usage that is not JSON", e);
      }
    }
    if (results.contains(null)) {
      throw new IllegalStateException(
          "Spark returned " + outputs.size() + " of " + jobs.size() + " jobs");
    }
    return results;
  }

  /** Waits for the tasks, reporting progress every 200 ms on the calling thread. */
  private static List<JobOutput> await(
      JavaFutureAction<List<JobOutput>> future, TaskProgress listener, SweepProgress progress) {
    while (true) {
      try {
        List<JobOutput> outputs = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        listener.report(progress);
        return outputs;
      } catch (TimeoutException e) {
        listener.report(progress);
      } catch (ExecutionException e) {
        throw new SweepEngine.Failure(
            "a Spark task failed on every attempt Spark allows (spark.task.maxFailures)",
            e.getCause() == null ? e : e.getCause(),
            "see the driver's log for the executor's error; a scenario's data files must be"
                + " readable on every executor (docs/cluster.md)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        throw new IllegalStateException("interrupted while the cluster ran the sweep", e);
      }
    }
  }

  /** Cuts the jobs into groups of {@code perTask} consecutive jobs. */
  static List<JobGroup> groups(List<JobKey> keys, int perTask) {
    List<JobGroup> groups = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += perTask) {
      groups.add(
          new JobGroup(groups.size(), keys.subList(from, Math.min(keys.size(), from + perTask))));
    }
    return groups;
  }

  /**
   * Returns a setting of this engine: the calling thread's Spark local property if set (what a
   * program or test that shares one context sets per sweep), else the context's configuration
   * ({@code --conf} of spark-submit), else null.
   */
  private String setting(String name) {
    String local = spark.getLocalProperty(name);
    return local != null ? local : spark.getConf().get(name, null);
  }

  private static int jobsPerTask(String setting, int jobs) {
    int perTask;
    try {
      perTask =
          setting == null
              ? Math.max(1, (jobs + MAX_TASKS - 1) / MAX_TASKS)
              : Integer.parseInt(setting.trim());
    } catch (NumberFormatException e) {
      perTask = 0;
    }
    if (perTask < 1) {
      throw new SweepEngine.Failure(
          "the Spark setting " + JOBS_PER_TASK,
          new IllegalArgumentException("expected a whole number from 1, got '" + setting + "'"),
          "e.g. --conf " + JOBS_PER_TASK + "=10");
    }
    return perTask;
  }

  private static Set<Integer> failFirstAttempt(String setting) {
    Set<Integer> tasks = new LinkedHashSet<>();
    String list = setting == null ? "" : setting.trim();
    try {
      if (!list.isEmpty()) {
        Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).forEach(tasks::add);
      }
    } catch (NumberFormatException e) {
      throw new SweepEngine.Failure(
          "the Spark setting " + FAIL_FIRST_ATTEMPT,
          new IllegalArgumentException("expected task numbers, got '" + setting + "'"),
          "e.g. --conf " + FAIL_FIRST_ATTEMPT + "=0,3");
    }
    return tasks;
  }
}
