package dev.billsim.spark;

import dev.billsim.sweep.JobKey;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepProgress;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the sweep's finished tasks as Spark reports them (on its listener thread) and reports
 * points done and the fraction of jobs done to the command's progress (on the driver's thread). A
 * task that succeeds twice (retried or speculative) counts once.
 */
final class TaskProgress extends SparkListener {
  private final SweepJobs jobs;
  private final List<JobGroup> groups;
  private final BitSet doneGroups = new BitSet();
  private final BitSet doneJobs = new BitSet();

  TaskProgress(SweepJobs jobs, List<JobGroup> groups) {
    this.jobs = jobs;
    this.groups = groups;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.reason() != Success$.MODULE$) {
      return;
    }
    int index = taskEnd.taskInfo().index();
    synchronized (this) {
      if (index < groups.size() && !doneGroups.get(index)) {
        doneGroups.set(index);
        for (JobKey key : groups.get(index).keys()) {
          doneJobs.set(key.index());
        }
      }
    }
  }

  /** Reports the points whose every job is done and the fraction of jobs done. */
  synchronized void report(SweepProgress progress) {
    int points = jobs.pointCount();
    int done = 0;
    for (int p = 0; p < points; p++) {
      int next = doneJobs.nextClearBit(jobs.firstJobOf(p));
      done += next >= jobs.firstJobOf(p + 1) ? 1 : 0;
    }
    progress.points(done, points, doneJobs.cardinality() / (double) jobs.size());
  }
}
