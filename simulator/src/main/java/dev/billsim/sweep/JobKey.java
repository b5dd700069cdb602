package dev.billsim.sweep;

import java.io.Serializable;

/**
 * Names one job of a sweep: a platform of the scenario at a point, in one replication. Every job is
 * a deterministic function of the sweep and its key, which is what lets threads, shards and cluster
 * tasks run them anywhere, in any order, any number of times.
 *
 * @param index the job's place in the sweep's order: point, then replication, then platform
 * @param point the point's index ({@link SweepPoint#index()})
 * @param replication the replication, from 0 (seed {@link dev.billsim.run.ReplicatedResult#seedOf})
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
