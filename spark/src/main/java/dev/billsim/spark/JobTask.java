package dev.billsim.spark;

import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.ScenarioException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs groups of jobs on an executor: loads their plan (once per executor and run; a sweep's points
 * as its jobs need them), runs the jobs and returns each one's usage as {@code "JOB JSON"}. What
 * travels is plain data (the plan as Java-serialized bytes, groups as {@code int[]}, results as
 * strings), so the cluster's {@code spark.serializer}, Java's or Kryo, carries it unchanged.
 */
final class JobTask implements FlatMapFunction<Iterator<int[]>, String> {
  private static final long serialVersionUID = 1L;

  /** What an executor has loaded, by run: the tasks of one run on one executor share it. */
  private static final Map<String, JobPlan.Loaded> LOADED = new ConcurrentHashMap<>();

  private final Broadcast<byte[]> plan;
  private final String runId;
  private final String shippedArchive;
  private final Set<Integer> failFirstAttempt;

  /**
   * Creates the task.
   *
   * @param plan the plan, Java-serialized
   * @param runId names this run, so that executors never reuse what an earlier run loaded
   * @param shippedArchive the name of the archive of the scenario's directory that Spark ships
   *     ({@code SparkContext.addArchive}) and unpacks on each executor, or null to read the files
   *     where the driver does
   * @param failFirstAttempt groups whose first attempt fails on purpose, to show that a retried
   *     task changes nothing ({@code spark.billsim.fail-first-attempt})
   */
  JobTask(
      Broadcast<byte[]> plan, String runId, String shippedArchive, Set<Integer> failFirstAttempt) {
    this.plan = plan;
    this.runId = runId;
    this.shippedArchive = shippedArchive;
    this.failFirstAttempt = Set.copyOf(failFirstAttempt);
  }

  @Override
  public Iterator<String> call(Iterator<int[]> groups) throws ScenarioException {
    List<String> outputs = new ArrayList<>();
    while (groups.hasNext()) {
      JobGroup group = JobGroup.fromInts(groups.next());
      TaskContext task = TaskContext.get();
      if (task != null && task.attemptNumber() == 0 && failFirstAttempt.contains(group.index())) {
        throw new IllegalStateException(
            "billsim: the first attempt of task "
                + group.index()
                + " fails on purpose (spark.billsim.fail-first-attempt)");
      }
      JobPlan.Loaded loaded = loaded();
      for (JobKey key : group.keys()) {
        PlatformResult result = loaded.job(key).call();
        outputs.add(key.index() + " " + UsageJson.toTree(result.usage()));
      }
    }
    return outputs.iterator();
  }

  private JobPlan.Loaded loaded() throws ScenarioException {
    JobPlan.Loaded loaded = LOADED.get(runId);
    if (loaded == null) {
      JobPlan jobs = plan(plan.value());
      JobPlan here =
          shippedArchive == null
              ? jobs
              : jobs.withDirectory(new File(SparkFiles.get(shippedArchive)).getPath());
      loaded = here.open();
      LOADED.clear(); // one run at a time: let an earlier run's scenarios go
      LOADED.put(runId, loaded);
    }
    return loaded;
  }

  private static JobPlan plan(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (JobPlan) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("the job plan did not arrive whole", e);
    }
  }
}
