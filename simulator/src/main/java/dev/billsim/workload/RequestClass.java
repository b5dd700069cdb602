package dev.billsim.workload;

import java.util.List;
import java.util.Objects;

/**
 * Describes a kind of request: its name, its share of arrivals and its steps in order.
 *
 * @param weight relative share of arrivals; the shares of all classes are normalised
 * @param staticAsset whether the request is for a static asset: a platform that serves assets
 *     itself (Cloudflare) answers it free without running the steps; others run them
 * @param requestSize the size of the request's body in bytes (a distribution of bytes, or a trace
 *     column in bytes per unit), or null when the scenario gives none
 * @param responseSize the size of the response's body in bytes, likewise, or null
 */
public record RequestClass(
    String name,
    double weight,
    List<Step> steps,
    boolean staticAsset,
    DurationDistribution requestSize,
    DurationDistribution responseSize) {
  /** Checks the name, a positive finite weight and at least one step. */
  public RequestClass {
    Objects.requireNonNull(name, "name");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive and finite: " + weight);
    }
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("request class " + name + " has no steps");
    }
  }

  /** Creates a class without sizes. */
  public RequestClass(String name, double weight, List<Step> steps, boolean staticAsset) {
    this(name, weight, steps, staticAsset, null, null);
  }

  /** Creates a class of dynamic requests without sizes. */
  public RequestClass(String name, double weight, List<Step> steps) {
    this(name, weight, steps, false);
  }

  /** Returns whether the class gives a request or a response size. */
  public boolean hasSizes() {
    return requestSize != null || responseSize != null;
  }

  /** Returns the expected CPU time of one request, in nanoseconds. */
  public double meanCpuNanos() {
    return steps.stream().filter(s -> s.kind().usesCpu()).mapToDouble(Step::meanNanos).sum();
  }

  /** Returns the expected waiting time (I/O and LLM calls) of one request, in nanoseconds. */
  public double meanIoNanos() {
    return steps.stream().filter(s -> !s.kind().usesCpu()).mapToDouble(Step::meanNanos).sum();
  }
}
