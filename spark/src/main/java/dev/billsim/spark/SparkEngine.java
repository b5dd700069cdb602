package dev.billsim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.cli.JobEngine;
import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.JobProgress;
import dev.billsim.run.UsageJson;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs the jobs of a sweep or of a run's replications as Spark tasks and hands their usages back to
 * the command in job order.
 *
 * <p>Jobs go to tasks in groups of consecutive jobs ({@code spark.billsim.jobs-per-task}; by
 * default one job per task up to {@link #MAX_TASKS} tasks, more per task beyond), so a task loads
 * few points and a large sweep does not flood the scheduler.
 */
public final class SparkEngine implements JobEngine {
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
  public SparkEngine(JavaSparkContext spark) {
    this.spark = spark;
  }

  @Override
  public List<Usage> run(JobPlan plan, List<JobKey> keys, JobProgress progress) {
    List<JobGroup> groups = groups(keys, jobsPerTask(setting(JOBS_PER_TASK), keys.size()));
    String shipped = null;
    if (Boolean.parseBoolean(setting(SHIP_DATA))) {
      spark.sc().addFile(plan.directory(), true);
      shipped = new File(plan.directory()).getName();
    }
    Broadcast<JobPlan> shared = spark.broadcast(plan);
    TaskProgress listener = new TaskProgress(groups);
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
    Map<Integer, Usage> byJob = new HashMap<>();
    for (JobOutput output : outputs) {
      try {
        byJob.put(output.job(), UsageJson.fromTree(JSON.readTree(output.usageJson())));
      } catch (IOException e) {
        throw new IllegalStateException("a task sent back a usage that is not JSON", e);
      }
    }
    List<Usage> usages = new ArrayList<>(keys.size());
    for (JobKey key : keys) {
      Usage usage = byJob.get(key.index());
      if (usage == null) {
        throw new IllegalStateException("Spark returned no result for job " + key.index());
      }
      usages.add(usage);
    }
    return usages;
  }

  /** Waits for the tasks, reporting progress every 200 ms on the calling thread. */
  private static List<JobOutput> await(
      JavaFutureAction<List<JobOutput>> future, TaskProgress listener, JobProgress progress) {
    while (true) {
      try {
        List<JobOutput> outputs = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        listener.report(progress);
        return outputs;
      } catch (TimeoutException e) {
        listener.report(progress);
      } catch (ExecutionException e) {
        throw new JobEngine.Failure(
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
      throw new JobEngine.Failure(
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
      throw new JobEngine.Failure(
          "the Spark setting " + FAIL_FIRST_ATTEMPT,
          new IllegalArgumentException("expected task numbers, got '" + setting + "'"),
          "e.g. --conf " + FAIL_FIRST_ATTEMPT + "=0,3");
    }
    return tasks;
  }
}
