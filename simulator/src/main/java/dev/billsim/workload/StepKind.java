package dev.billsim.workload;

/** Tells what a request does during a step. */
public enum StepKind {
  /** Computes: occupies a vCPU and is billed as CPU time where a platform bills CPU. */
  CPU("cpu", true),
  /** Waits on something outside (a database, an API, a user): holds no vCPU. */
  IO("io", false),
  /** Waits on an LLM API: time to first token plus output tokens times inter-token latency. */
  LLM("llm", false);

  private final String key;
  private final boolean usesCpu;

  StepKind(String key, boolean usesCpu) {
    this.key = key;
    this.usesCpu = usesCpu;
  }

  /** Returns the scenario-file key of this kind. */
  public String key() {
    return key;
  }

  /** Returns whether the step computes (needs a vCPU) rather than waits. */
  public boolean usesCpu() {
    return usesCpu;
  }
}
