package dev.billsim.spark;

import dev.billsim.run.JobKey;
import dev.billsim.run.JobProgress;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Records the jobs of the tasks Spark reports finished (on its listener thread) and passes them to
 * the command's progress (on the driver's thread). A task that succeeds twice (retried or
 * speculative) counts once.
 */
final class TaskProgress extends SparkListener {
  private final List<JobGroup> groups;
  private final BitSet doneGroups = new BitSet();
  private final BitSet doneJobs = new BitSet();

  TaskProgress(List<JobGroup> groups) {
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

  /** Reports the jobs done so far. */
  void report(JobProgress progress) {
    BitSet done;
    synchronized (this) {
      done = (BitSet) doneJobs.clone();
    }
    progress.update(done);
  }
}
