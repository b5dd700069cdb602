package dev.billsim.spark;

import java.io.Serializable;

/**
 * States what a task sends back for one job: the job's index and its usage as JSON ({@link
 * dev.billsim.run.UsageJson}), which the driver prices.
 */
record JobOutput(int job, String usageJson) implements Serializable {
  private static final long serialVersionUID = 1L;
}
