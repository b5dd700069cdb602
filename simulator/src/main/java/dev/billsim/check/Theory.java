package dev.billsim.check;

/** Closed forms of the queueing models the validation cases are built on. */
final class Theory {
  private Theory() {}

  /**
   * Returns Erlang's C formula: the probability that an arrival to an M/M/c queue with offered load
   * {@code a = lambda / mu} (below c) finds every server busy and waits.
   */
  static double erlangC(int c, double a) {
    double term = 1; // a^k / k!
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double top = term * c / (c - a); // a^c / c! x c / (c - a)
    return top / (sum + top);
  }

  /** Returns the mean wait in queue of M/M/c: C(c, a) / (c mu - lambda). */
  static double mmcWait(int c, double lambda, double mu) {
    return erlangC(c, lambda / mu) / (c * mu - lambda);
  }

  /** Returns the mean wait in queue of M/D/1 (Pollaczek-Khinchine): rho / (2 mu (1 - rho)). */
  static double md1Wait(double lambda, double mu) {
    double rho = lambda / mu;
    return rho / (2 * mu * (1 - rho));
  }

  /** Returns the Poisson probability of exactly {@code k} with mean {@code mean}. */
  static double poisson(int k, double mean) {
    double p = Math.exp(-mean);
    for (int i = 1; i <= k; i++) {
      p *= mean / i;
    }
    return p;
  }

  /**
   * Returns the probability that a request to one execution environment at Poisson rate {@code
   * lambda} starts cold, with service {@code s} and keep-alive {@code t}: the gap since the last
   * request exceeds s + t (the environment expired), or is below s (it is still busy and a second
   * one starts). Exact while two requests rarely overlap.
   */
  static double coldStart(double lambda, double s, double t) {
    return Math.exp(-lambda * (s + t)) + 1 - Math.exp(-lambda * s);
  }
}
