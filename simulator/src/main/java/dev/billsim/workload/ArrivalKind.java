package dev.billsim.workload;

/** Lists the arrival processes a scenario may name in {@code traffic.arrivals}. */
public enum ArrivalKind {
  /** Poisson arrivals at a constant mean rate. */
  POISSON("poisson"),
  /** Evenly spaced arrivals: exactly round(rate x horizon) requests, the k-th at k/rate. */
  CONSTANT("constant"),
  /** Poisson arrivals following a daily (and weekly) profile. */
  DIURNAL("diurnal"),
  /** A two-state Markov-modulated Poisson process: calm and bursts. */
  BURSTY("bursty"),
  /** k6-style stages: linear ramps between target rates. */
  STAGES("stages"),
  /** The arrival times of a CSV trace, replayed. */
  TRACE("trace");

  private final String key;

  ArrivalKind(String key) {
    this.key = key;
  }

  /** Returns the scenario-file name of this process. */
  public String key() {
    return key;
  }
}
