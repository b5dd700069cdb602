package dev.billsim.report;

import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a run result in one format. */
public interface Reporter {
  /** Writes the result of one run; the writer is left open. */
  default void write(RunResult result, Writer out) throws IOException {
    write(new ReplicatedResult(List.of(result)), out);
  }

  /**
   * Writes replications: the first run in full, then, for two or more, every quantity's mean and
   * 95% interval and the paired comparisons; the writer is left open.
   */
  void write(ReplicatedResult result, Writer out) throws IOException;
}
