package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.workload.Workload;
import java.util.List;
import java.util.Objects;

/**
 * States a whole scenario: its traffic, the platforms to run it on, and the seed that fixes every
 * random number.
 *
 * @param file the file it was loaded from, as given, for reports
 * @param text the file's text, so reports can show exactly what was simulated
 * @param billingMonthNanos the length of the month bills are for (730 h unless the scenario says)
 * @param catalog the prices with the scenario's {@code catalog:} overlays, or null when it has none
 * @param recorded what providers billed some platforms' traffic ({@code recorded:}), for reports
 *     (the runner's catalog prices it)
 */
public record Scenario(
    String name,
    String description,
    long seed,
    Workload workload,
    List<PlatformSpec> platforms,
    String file,
    String text,
    long billingMonthNanos,
    PriceCatalog catalog,
    List<Recorded> recorded) {

  /** Checks a name and at least one uniquely named platform. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(workload, "workload");
    platforms = List.copyOf(platforms);
    if (billingMonthNanos <= 0) {
      throw new IllegalArgumentException("the billing month must be positive");
    }
    if (platforms.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one platform");
    }
    recorded = List.copyOf(recorded);
    if (platforms.stream().map(PlatformSpec::name).distinct().count() != platforms.size()) {
      throw new IllegalArgumentException("platform names must be unique");
    }
  }

  /** Returns the same scenario with another seed. */
  public Scenario withSeed(long newSeed) {
    return new Scenario(
        name,
        description,
        newSeed,
        workload,
        platforms,
        file,
        text,
        billingMonthNanos,
        catalog,
        recorded);
  }

  /** Returns the same scenario with only some platforms, in the given order. */
  public Scenario withPlatforms(List<PlatformSpec> chosen) {
    return new Scenario(
        name,
        description,
        seed,
        workload,
        chosen,
        file,
        text,
        billingMonthNanos,
        catalog,
        recorded);
  }
}
