package dev.billsim.fuzz;

import java.time.Duration;

/**
 * States how a fuzz run is sized: its seed, its number of cases and the limits of each case, each
 * from a system property ({@code mvn ... -Dbillsim.fuzz.cases=20000 -Dbillsim.fuzz.seed=7}) or a
 * default.
 *
 * @param seed {@code billsim.fuzz.seed}: with a case's index, fixes every mutation of the case
 * @param cases {@code billsim.fuzz.cases}: how many cases to run
 * @param timeout {@code billsim.fuzz.timeout-s}: how long one case may take, validate and run
 * @param maxRequests {@code billsim.fuzz.max-requests}: the most expected requests of a case that
 *     is run after validating
 * @param shrink {@code billsim.fuzz.shrink}: whether to shrink one case per failure signature
 */
record FuzzSettings(long seed, int cases, Duration timeout, double maxRequests, boolean shrink) {
  /** The seed of the run in {@code mvn verify}. */
  static final long DEFAULT_SEED = 20261127L;

  /** Returns the settings from system properties, with {@code defaultCases} cases by default. */
  static FuzzSettings fromSystemProperties(int defaultCases) {
    return new FuzzSettings(
        Long.getLong("billsim.fuzz.seed", DEFAULT_SEED),
        Integer.getInteger("billsim.fuzz.cases", defaultCases),
        Duration.ofSeconds(Long.getLong("billsim.fuzz.timeout-s", 20)),
        Long.getLong("billsim.fuzz.max-requests", 20_000),
        Boolean.parseBoolean(System.getProperty("billsim.fuzz.shrink", "true")));
  }
}
