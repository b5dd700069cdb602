package dev.billsim.run;

import dev.billsim.scenario.ScenarioException;
import java.io.Serializable;

/**
 * States a set of jobs (a sweep's, a run's replications) as data that any process can load and run:
 * what a cluster sends its tasks. A plan holds the scenario's text and the options that shape its
 * jobs, never a loaded scenario; the scenario's data files are read from {@link #directory()}. Each
 * job is a deterministic function of the plan and its {@link JobKey}.
 */
public interface JobPlan extends Serializable {
  /** Loads the plan: what a process does once before it runs any of the plan's jobs. */
  Loaded open() throws ScenarioException;

  /** Returns the directory the scenario's data files (traces, data) are read from. */
  String directory();

  /**
   * Returns this plan with the scenario's data files read from {@code other}: where a process on
   * another machine finds its copy of them.
   */
  JobPlan withDirectory(String other);

  /** A loaded plan: makes the job of any key, loading what that job needs (a point's scenario). */
  interface Loaded {
    /** Returns the job of {@code key}, ready to run. */
    PlatformJob job(JobKey key) throws ScenarioException;
  }
}
