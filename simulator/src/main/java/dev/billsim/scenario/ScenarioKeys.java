package dev.billsim.scenario;

import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.DistributionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the keys each mapping of a scenario file may have and the names of its kinds: the readers
 * accept exactly these, and a test holds docs/scenario.schema.json to the same lists.
 */
final class ScenarioKeys {
  /** The keys every traffic mapping may have, whatever its arrival process. */
  static final List<String> TRAFFIC_COMMON = List.of("arrivals", "sessions", "websockets");

  /** The keys of an {@code llm} step. */
  static final List<String> LLM = List.of("ttft", "itl", "tokens");

  /** The name of the empirical distribution, of durations and of counts. */
  static final String EMPIRICAL = "empirical";

  /** The name of the mixture distribution of durations. */
  static final String MIXTURE = "mixture";

  /** The keys of an empirical duration distribution. */
  static final List<String> EMPIRICAL_DURATION =
      List.of("file", "column", "unit", "percentiles", DistributionKind.CAP_KEY);

  /** The keys of an empirical count distribution: no unit, no cap. */
  static final List<String> EMPIRICAL_COUNT = List.of("file", "column", "percentiles");

  /** The keys of one component of a mixture. */
  static final List<String> MIXTURE_COMPONENT = List.of("weight", "distribution");

  /** The name of the geometric count distribution. */
  static final String GEOMETRIC = "geometric";

  /** The name of the uniform count distribution. */
  static final String UNIFORM_COUNT = "uniform";

  /** The name of a count read from a trace column. */
  static final String COLUMN = "column";

  /** The keys of a step duration read from a trace column. */
  static final List<String> COLUMN_DURATION = List.of("column", "unit");

  /** The keys of {@code {geometric: {...}}}. */
  static final List<String> GEOMETRIC_PARAMETERS = List.of("mean");

  /** The keys of a uniform count, {@code {uniform: {...}}}. */
  static final List<String> UNIFORM_COUNT_PARAMETERS = List.of("min", "max");

  private static final Map<ArrivalKind, List<String>> ARRIVAL_KEYS =
      new EnumMap<>(ArrivalKind.class);

  static {
    ARRIVAL_KEYS.put(ArrivalKind.POISSON, List.of("rate"));
    ARRIVAL_KEYS.put(ArrivalKind.CONSTANT, List.of("rate"));
    ARRIVAL_KEYS.put(
        ArrivalKind.DIURNAL, List.of("rate", "peak-to-trough", "peak-hour", "hourly", "weekly"));
    ARRIVAL_KEYS.put(
        ArrivalKind.BURSTY, List.of("calm-rate", "burst-rate", "calm-time", "burst-time"));
    ARRIVAL_KEYS.put(ArrivalKind.STAGES, List.of("start-rate", "stages"));
    ARRIVAL_KEYS.put(ArrivalKind.TRACE, List.of("file", "column", "format", "speed", "loop"));
  }

  private ScenarioKeys() {}

  /** Returns the keys of an arrival process's own, besides {@link #TRAFFIC_COMMON}. */
  static List<String> arrivalKeys(ArrivalKind kind) {
    return ARRIVAL_KEYS.get(kind);
  }

  /** Returns every key a traffic mapping with this arrival process may have. */
  static List<String> traffic(ArrivalKind kind) {
    return concat(TRAFFIC_COMMON, ARRIVAL_KEYS.get(kind));
  }

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

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> keys = new ArrayList<>(first);
    keys.addAll(second);
    return List.copyOf(keys);
  }
}
