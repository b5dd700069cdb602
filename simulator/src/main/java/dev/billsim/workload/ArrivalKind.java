package dev.billsim.workload;

import org.apache.commons.math3.random.RandomGenerator;

/** Lists the arrival processes a scenario may use; adding one is adding a constant. */
public enum ArrivalKind {
  /** Poisson arrivals: independent, exponentially distributed gaps at the given mean rate. */
  POISSON("poisson") {
    @Override
    ArrivalProcess create(Rate rate, long horizonNanos, RandomGenerator random) {
      return new PoissonArrivals(rate, horizonNanos, random);
    }
  },
  /** Evenly spaced arrivals: exactly round(rate x horizon) requests, the k-th at k/rate. */
  CONSTANT("constant") {
    @Override
    ArrivalProcess create(Rate rate, long horizonNanos, RandomGenerator random) {
      return new ConstantArrivals(rate, horizonNanos);
    }
  };

  private final String key;

  ArrivalKind(String key) {
    this.key = key;
  }

  /** Returns the scenario-file name of this process. */
  public String key() {
    return key;
  }

  /** Creates the process for one run; arrivals stop before {@code horizonNanos}. */
  abstract ArrivalProcess create(Rate rate, long horizonNanos, RandomGenerator random);

  /** Returns the process with the given scenario-file name, or null. */
  public static ArrivalKind byKey(String key) {
    for (ArrivalKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
