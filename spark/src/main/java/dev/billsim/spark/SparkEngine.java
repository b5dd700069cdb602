package dev.billsim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.cli.JobEngine;
import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.JobProgress;
import dev.billsim.run.UsageJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  public static final String SHIP_DATA = SparkSettings.SHIP_DATA;

  /** Jobs per task; unset: one, or more to keep within {@link #MAX_TASKS} tasks. */
  public static final String JOBS_PER_TASK = SparkSettings.JOBS_PER_TASK;

  /** Task numbers (comma-separated) whose first attempt fails on purpose. */
  public static final String FAIL_FIRST_ATTEMPT = SparkSettings.FAIL_FIRST_ATTEMPT;

  private static final long POLL_MILLIS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JavaSparkContext spark;

  /** Creates an engine that runs jobs on {@code spark}'s cluster. */
  public SparkEngine(JavaSparkContext spark) {
    this.spark = spark;
  }

  @Override
  public List<Usage> run(JobPlan plan, List<JobKey> keys, JobProgress progress) {
    SparkSettings settings = SparkSettings.read(this::setting);
    List<JobGroup> groups = groups(keys, settings.jobsPerTask(keys.size()));
    String shipped = settings.shipData() ? DataArchive.ship(spark, plan.directory()) : null;
    Broadcast<byte[]> shared = spark.broadcast(serialize(plan));
    String runId = UUID.randomUUID().toString();
    TaskProgress listener = new TaskProgress(groups);
    spark.sc().addSparkListener(listener);
    List<String> outputs;
    try {
      List<int[]> tasks = groups.stream().map(JobGroup::toInts).toList();
      JavaFutureAction<List<String>> future =
          spark
              .parallelize(tasks, tasks.size())
              .mapPartitions(new JobTask(shared, runId, shipped, settings.failFirstAttempt()))
              .collectAsync();
      outputs = await(future, listener, progress);
    } finally {
      spark.sc().removeSparkListener(listener);
      shared.destroy();
    }
    Map<Integer, Usage> byJob = new HashMap<>();
    for (String output : outputs) {
      int space = output.indexOf(' ');
      try {
        byJob.put(
            Integer.parseInt(output.substring(0, space)),
            UsageJson.fromTree(JSON.readTree(output.substring(space + 1))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("a task sent back a result that is not a usage", e);
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

  /** Returns the plan as Java-serialized bytes: what every Spark serializer carries unchanged. */
  private static byte[] serialize(JobPlan plan) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // into memory: cannot happen
    }
    return bytes.toByteArray();
  }

  /** Waits for the tasks, reporting progress every 200 ms on the calling thread. */
  private static List<String> await(
      JavaFutureAction<List<String>> future, TaskProgress listener, JobProgress progress) {
    while (true) {
      try {
        List<String> outputs = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
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
}
