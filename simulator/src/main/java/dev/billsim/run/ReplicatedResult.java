package dev.billsim.run;

import dev.billsim.engine.RandomStreams;
import java.util.List;

/**
 * States the outcome of independent replications of one scenario: the runs in replication order,
 * the first with the scenario's own seed (so one replication is the plain run).
 */
public record ReplicatedResult(List<RunResult> runs) {
  /** Copies the list; there is at least one run. */
  public ReplicatedResult {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
  }

  /** Returns the first run, the one with the scenario's seed. */
  public RunResult first() {
    return runs.get(0);
  }

  /** Returns the number of replications. */
  public int count() {
    return runs.size();
  }

  /**
   * Returns the seed of replication {@code replication} of a scenario seeded {@code seed}: the seed
   * itself for the first, then a stream seed derived from it, so each replication is reproducible
   * on its own and none shares random numbers with another.
   */
  public static long seedOf(long seed, int replication) {
    return replication == 0 ? seed : new RandomStreams(seed).seedOf("replication " + replication);
  }
}
