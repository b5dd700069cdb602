package dev.billsim.spark;

import dev.billsim.run.JobKey;
import java.util.ArrayList;
import java.util.List;

/**
 * States the jobs one Spark task runs: consecutive jobs, so that a task loads few of a sweep's
 * points. A group travels as a plain {@code int[]} ({@link #toInts}), which every Spark serializer
 * (Java's, Kryo) carries as it is.
 *
 * @param index the group's place, which is also its task's partition
 * @param keys the jobs, in job order
 */
record JobGroup(int index, List<JobKey> keys) {
  JobGroup {
    keys = List.copyOf(keys);
  }

  /** Returns the group as {@code [index, then index, point, replication, platform of each job]}. */
  int[] toInts() {
    int[] ints = new int[1 + 4 * keys.size()];
    ints[0] = index;
    for (int i = 0; i < keys.size(); i++) {
      JobKey key = keys.get(i);
      ints[1 + 4 * i] = key.index();
      ints[2 + 4 * i] = key.point();
      ints[3 + 4 * i] = key.replication();
      ints[4 + 4 * i] = key.platform();
    }
    return ints;
  }

  /** Reads a group written by {@link #toInts}. */
  static JobGroup fromInts(int[] ints) {
    List<JobKey> keys = new ArrayList<>();
    for (int i = 1; i + 3 < ints.length; i += 4) {
      keys.add(new JobKey(ints[i], ints[i + 1], ints[i + 2], ints[i + 3]));
    }
    return new JobGroup(ints[0], keys);
  }
}
