package dev.billsim.report;

import dev.billsim.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a sweep result in one format. */
public interface SweepReporter {
  /** Writes the result; the writer is left open. */
  void write(SweepResult result, Writer out) throws IOException;
}
