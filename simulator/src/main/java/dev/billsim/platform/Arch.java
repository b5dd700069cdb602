package dev.billsim.platform;

/** Names the instruction set architectures, which AWS prices differently (Lambda, Fargate). */
public enum Arch {
  /** Intel/AMD x86-64. */
  X86_64("x86_64"),
  /** AWS Graviton (Arm). */
  ARM64("arm64");

  private final String key;

  Arch(String key) {
    this.key = key;
  }

  /** Returns the scenario-file name of the architecture. */
  public String key() {
    return key;
  }
}
