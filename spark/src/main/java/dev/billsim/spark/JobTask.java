package dev.billsim.spark;

import dev.billsim.cli.SweepRequest;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.sweep.JobKey;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepPoint;
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
 * Runs one group of a sweep's jobs on an executor: loads the sweep from its request (once per
 * executor and sweep), loads the scenario at each point the group touches (once per executor and
 * point), runs the jobs and returns their usages.
 */
final class JobTask implements FlatMapFunction<Iterator<JobGroup>, JobOutput> {
  private static final long serialVersionUID = 1L;

  /** What an executor has loaded, by request: tasks of one sweep on one executor share it. */
  private static final Map<SweepRequest, Loaded> LOADED = new ConcurrentHashMap<>();

  private final Broadcast<SweepRequest> request;
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
  JobTask(Broadcast<SweepRequest> request, String shippedDirectory, Set<Integer> failFirstAttempt) {
    this.request = request;
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
      Loaded loaded = loaded();
      for (JobKey key : group.keys()) {
        PlatformResult result =
            SweepJobs.job(loaded.scenario(key.point()), key, loaded.opened.catalog()).call();
        outputs.add(new JobOutput(key.index(), UsageJson.toTree(result.usage()).toString()));
      }
    }
    return outputs.iterator();
  }

  private Loaded loaded() throws ScenarioException {
    SweepRequest sweep = request.value();
    Loaded loaded = LOADED.get(sweep);
    if (loaded == null) {
      SweepRequest here =
          shippedDirectory == null
              ? sweep
              : sweep.withDirectory(new File(SparkFiles.get(shippedDirectory)).getPath());
      loaded = new Loaded(here.open());
      LOADED.clear(); // one sweep at a time: let an earlier sweep's points go
      LOADED.put(sweep, loaded);
    }
    return loaded;
  }

  /** A sweep loaded on an executor, and the scenarios it has loaded at its points. */
  private static final class Loaded {
    private final SweepRequest.Opened opened;
    private final List<SweepPoint> points;
    private final Map<Integer, Scenario> scenarios = new ConcurrentHashMap<>();

    Loaded(SweepRequest.Opened opened) {
      this.opened = opened;
      this.points = opened.sweep().points();
    }

    Scenario scenario(int point) throws ScenarioException {
      Scenario scenario = scenarios.get(point);
      if (scenario == null) {
        scenario = opened.sweep().scenario(points.get(point));
        scenarios.put(point, scenario);
      }
      return scenario;
    }
  }
}
