package dev.billsim.fuzz;

import java.util.List;
import java.util.function.IntFunction;

/** Runs the seed inputs themselves, unmutated, to check that they are valid and fast. */
final class Seeds {
  private Seeds() {}

  /** Returns settings that run each seed once, whatever its size, and shrink nothing. */
  static FuzzSettings settings(List<SeedInput> seeds) {
    FuzzSettings defaults = FuzzSettings.fromSystemProperties(seeds.size());
    return new FuzzSettings(0, seeds.size(), defaults.timeout(), Double.MAX_VALUE, false);
  }

  /** Returns case i: seed i as it is. */
  static IntFunction<FuzzCase> unchanged(List<SeedInput> seeds) {
    return i -> seeds.get(i).mutate(0, i, FuzzCase.SCENARIO, seeds.get(i).scenario(), List.of());
  }
}
