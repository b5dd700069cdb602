package dev.billsim.scenario;

import dev.billsim.workload.DistributionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the keys each mapping of a scenario file may have and the names of its kinds: the readers
 * accept exactly these, and a test holds docs/scenario.schema.json to the same lists.
 */
final class ScenarioKeys {
  /** The name of the empirical distribution, of durations and of counts. */
  static final String EMPIRICAL = "empirical";

  /** The name of the mixture distribution of durations. */
  static final String MIXTURE = "mixture";

  /** The keys of an empirical duration distribution. */
  static final List<String> EMPIRICAL_DURATION =
      List.of("file", "column", "unit", "percentiles", DistributionKind.CAP_KEY);

  /** The keys of an empirical count distribution: no unit, no cap. */
  static final List<String> EMPIRICAL_COUNT = List.of("file", "column", "percentiles");

  /** The name of the geometric count distribution. */
  static final String GEOMETRIC = "geometric";

  /** The name of the uniform count distribution. */
  static final String UNIFORM_COUNT = "uniform";

  /** The name of a count read from a trace column. */
  static final String COLUMN = "column";

  /** The keys of {@code {geometric: {...}}}. */
  static final List<String> GEOMETRIC_PARAMETERS = List.of("mean");

  /** The keys of a uniform count, {@code {uniform: {...}}}. */
  static final List<String> UNIFORM_COUNT_PARAMETERS = List.of("min", "max");

  private ScenarioKeys() {}

  /** Returns the keys of a distribution's parameter mapping: its parameters, then the cap. */
  static List<String> parameters(DistributionKind kind) {
    List<String> keys = new ArrayList<>();
    kind.parameterSets()
        .forEach(set -> set.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    if (kind.acceptsCap()) {
      keys.add(DistributionKind.CAP_KEY);
    }
    return List.copyOf(keys);
  }

  /** Returns the names of the duration distributions: the parametric ones, then the others. */
  static List<String> durationKinds() {
    List<String> names = new ArrayList<>();
    for (DistributionKind kind : DistributionKind.values()) {
      names.add(kind.key());
    }
    names.add(EMPIRICAL);
    names.add(MIXTURE);
    return List.copyOf(names);
  }

  /** Returns the names of the count distributions; a trace column only where one is allowed. */
  static List<String> countKinds(boolean allowColumn) {
    return allowColumn
        ? List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL, COLUMN)
        : List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL);
  }
}
