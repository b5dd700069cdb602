package dev.billsim.spark;

import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.ScenarioException;
import java.io.File;
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
 * Runs one group of jobs on an executor: loads their plan (once per executor and plan; a sweep's
 * points as its jobs need them), runs the jobs and returns their usages.
 */
final class JobTask implements FlatMapFunction<Iterator<JobGroup>, JobOutput> {
  private static final long serialVersionUID = 1L;

  /** What an executor has loaded, by plan: the tasks of one plan on one executor share it. */
  private static final Map<JobPlan, JobPlan.Loaded> LOADED = new ConcurrentHashMap<>();

  private final Broadcast<JobPlan> plan;
  private final String shippedDirectory;
  private final Set<Integer> failFirstAttempt;

  /**
   * Creates the task.
   *
   * @param shippedDirectory the name Spark ships the scenario's directory under ({@code
   *     SparkContext.addFile}), or null to read it where the driver does
   * @param failFirstAttempt groups whose first attempt fails on purpose, to show that a retried
   *     task changes nothing ({@code spark.billsim.fail-first-attempt})
   */
  JobTask(Broadcast<JobPlan> plan, String shippedDirectory, Set<Integer> failFirstAttempt) {
    this.plan = plan;
    this.shippedDirectory = shippedDirectory;
    this.failFirstAttempt = Set.copyOf(failFirstAttempt);
  }

  @Override
  public Iterator<JobOutput> call(Iterator<JobGroup> groups) throws ScenarioException {
    List<JobOutput> outputs = new ArrayList<>();
    while (groups.hasNext()) {
      JobGroup group = groups.next();
      TaskContext task = TaskContext.get();
      if (task != null && task.attemptNumber() == 0 && failFirstAttempt.contains(group.index())) {
        throw new IllegalStateException(
            "billsim: the first attempt of task "
                + group.index()
                + " fails on purpose"
                + " (spark.billsim.fail-first-attempt)");
      }
      JobPlan.Loaded loaded = loaded();
      for (JobKey key : group.keys()) {
        PlatformResult result = loaded.job(key).call();
        outputs.add(new JobOutput(key.index(), UsageJson.toTree(result.usage()).toString()));
      }
    }
    return outputs.iterator();
  }

  private JobPlan.Loaded loaded() throws ScenarioException {
    JobPlan jobs = plan.value();
    JobPlan.Loaded loaded = LOADED.get(jobs);
    if (loaded == null) {
      JobPlan here =
          shippedDirectory == null
              ? jobs
              : jobs.withDirectory(new File(SparkFiles.get(shippedDirectory)).getPath());
      loaded = here.open();
      LOADED.clear(); // one plan at a time: let an earlier plan's scenarios go
      LOADED.put(jobs, loaded);
    }
    return loaded;
  }
}
