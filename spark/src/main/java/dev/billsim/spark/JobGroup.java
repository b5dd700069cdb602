package dev.billsim.spark;

import dev.billsim.run.JobKey;
import java.io.Serializable;
import java.util.List;

/**
 * States the jobs one Spark task runs: consecutive jobs of the sweep, so that a task loads few
 * points.
 *
 * @param index the group's place, which is also its task's partition
 * @param keys the jobs, in job order
 */
record JobGroup(int index, List<JobKey> keys) implements Serializable {
  private static final long serialVersionUID = 1L;

  JobGroup {
    keys = List.copyOf(keys);
  }
}
