package dev.billsim.scenario;

import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DurationDistribution;
import java.math.BigDecimal;

/**
 * Declares the keys of a step's structured values and of a mixture's components: an {@code llm}
 * call, a duration read from a trace column, and one component of {@code mixture}.
 */
final class StepKeys {
  private StepKeys() {}

  /** The time to the first token. */
  static final Key<DurationDistribution> TTFT =
      Key.of("ttft", distribution(), "The time to the first token.").mandatory();

  /** The inter-token latency. */
  static final Key<DurationDistribution> ITL =
      Key.of("itl", distribution(), "The inter-token latency, per output token.").mandatory();

  /** The output tokens. */
  static final Key<CountDistribution> TOKENS =
      Key.of(
              "tokens",
              KeyType.<CountDistribution>structured(
                  "count", v -> "", "{\"$ref\": \"#/$defs/token-count\"}"),
              "The output tokens.")
          .mandatory();

  /** The keys of an {@code llm} step. */
  static final KeyTable LLM =
      KeyTable.of("llm", "An LLM API call: {ttft, itl, tokens}, all required.", TTFT, ITL, TOKENS);

  /** The trace column holding a step's duration. */
  static final Key<String> COLUMN =
      Key.of(
              "column",
              KeyType.text("a trace column's name"),
              "The trace column holding the duration.")
          .mandatory();

  /** The unit of the column's values, in nanoseconds. */
  static final Key<Long> UNIT =
      Key.of(
              "unit",
              KeyType.choice(DistributionReader.UNIT_NANOS, ""),
              "The unit of the column's values.")
          .mandatory();

  /** The keys of a step duration read from a trace column, {@code {column: NAME, unit: ms}}. */
  static final KeyTable COLUMN_DURATION =
      KeyTable.of(
          "column-duration",
          "A step's duration read from a column of the trace row that produced the arrival (trace"
              + " arrivals only).",
          COLUMN,
          UNIT);

  /** A mixture component's relative share of samples. */
  static final Key<BigDecimal> WEIGHT =
      Key.of(
              "weight",
              KeyType.decimal(true),
              "The component's relative share of samples, above zero (at most 1e300).")
          .mandatory();

  /** A mixture component's distribution. */
  static final Key<DurationDistribution> DISTRIBUTION =
      Key.of(
              "distribution",
              distribution(),
              "The component: a duration or a distribution (mixtures may nest).")
          .mandatory();

  /** The keys of one component of {@code mixture}. */
  static final KeyTable MIXTURE_COMPONENT =
      KeyTable.of("mixture-component", "One component of a mixture.", WEIGHT, DISTRIBUTION);

  private static KeyType<DurationDistribution> distribution() {
    return KeyType.structured("distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}");
  }
}
