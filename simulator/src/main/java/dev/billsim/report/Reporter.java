package dev.billsim.report;

import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a run result in one format. */
public interface Reporter {
  /** Writes the result; the writer is left open. */
  void write(RunResult result, Writer out) throws IOException;
}
