package dev.billsim.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Summarises an import for {@code --fit}: each class's distributions, the arrival rate's shape, and
 * the recorded cold starts' INIT times.
 */
final class Fit {
  private final Map<String, FittedClass> classes = new LinkedHashMap<>();
  private final RateProfile profile = new RateProfile();
  private final FittedClass.Recorded initNanos = new FittedClass.Recorded();

  /** Adds one request, in arrival order. */
  void add(String name, long startNanos, long cpu, long io, long bytes, long init) {
    classes.computeIfAbsent(name, n -> new FittedClass()).add(cpu, io, bytes);
    profile.add(startNanos);
    if (init > 0) {
      initNanos.record(init);
    }
  }

  FittedClass of(String name) {
    return classes.get(name);
  }

  RateProfile profile() {
    return profile;
  }

  /** Returns the INIT times as a distribution, or null when no cold start was recorded. */
  String coldStart() {
    return initNanos.count() == 0 ? null : FittedClass.distribution(initNanos, "ns");
  }
}
