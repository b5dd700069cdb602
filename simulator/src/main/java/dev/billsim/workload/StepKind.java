package dev.billsim.workload;

/** Tells what a request does during a step. */
public enum StepKind {
  /** Computes: occupies a vCPU and is billed as CPU time where a platform bills CPU. */
  CPU("cpu"),
  /** Waits on something outside (LLM API, database, user): holds no vCPU. */
  IO("io");

  private final String key;

  StepKind(String key) {
    this.key = key;
  }

  /** Returns the scenario-file key of this kind. */
  public String key() {
    return key;
  }
}
