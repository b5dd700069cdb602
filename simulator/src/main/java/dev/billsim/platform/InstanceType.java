package dev.billsim.platform;

import java.util.Objects;

/**
 * Describes a server: its name, vCPUs and memory. Prices live in the billing catalog.
 *
 * @param name a catalog name such as {@code m7g.large}, or {@code custom}
 */
public record InstanceType(String name, int vcpus, long memoryMb) {
  /** Checks positive sizes. */
  public InstanceType {
    Objects.requireNonNull(name, "name");
    if (vcpus < 1) {
      throw new IllegalArgumentException("an instance needs at least one vCPU: " + vcpus);
    }
    if (memoryMb < 1) {
      throw new IllegalArgumentException("an instance needs memory: " + memoryMb);
    }
  }
}
