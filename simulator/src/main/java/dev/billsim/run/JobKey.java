package dev.billsim.run;

import java.io.Serializable;

/**
 * Names one job of a sweep or a run: a platform of the scenario at a point, in one replication. A
 * job is a deterministic function of its plan ({@link JobPlan}) and its key, which is what lets
 * threads, shards and cluster tasks run it anywhere, in any order, any number of times.
 *
 * @param index the job's place in the plan's order: point, then replication, then platform
 * @param point the sweep point's index (always 0 in a run)
 * @param replication the replication, from 0 (seed {@link ReplicatedResult#seedOf})
 * @param platform the platform's index in the point's scenario
 */
public record JobKey(int index, int point, int replication, int platform) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks that every part is an index. */
  public JobKey {
    if (index < 0 || point < 0 || replication < 0 || platform < 0) {
      throw new IllegalArgumentException(
          "a job key is made of indices, from 0: " + index + "/" + point + "/" + replication);
    }
  }
}
