package dev.billsim.run;

import java.util.BitSet;

/** Hears which jobs of a plan have finished; called on the thread that started them. */
@FunctionalInterface
public interface JobProgress {
  /** Reports the finished jobs, by {@link JobKey#index()}; {@code done} may be read, not kept. */
  void update(BitSet done);
}
