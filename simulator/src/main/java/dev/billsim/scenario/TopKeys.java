package dev.billsim.scenario;

import dev.billsim.engine.SimTime;

/**
 * Declares the keys of the top of a scenario file: its name, horizon, warm-up, billing month and
 * seed, and the sections other tables describe.
 */
final class TopKeys {
  private TopKeys() {}

  /** The scenario's name. */
  static final Key<String> NAME =
      Key.of("name", KeyType.text("a scenario name"), "The scenario's name, shown in every report.")
          .hint("e.g. name: llm-chat")
          .mandatory();

  /** One line under the name. */
  static final Key<String> DESCRIPTION =
      Key.of(
              "description",
              KeyType.text("a one-line description"),
              "One line shown under the name.")
          .byDefault("", "empty")
          .hint("e.g. description: Chat turns");

  /** The simulated span. */
  static final Key<Long> HORIZON =
      Key.of(
              "horizon",
              KeyType.duration(),
              "The simulated span over which requests arrive, above zero, e.g. 1d; bills are scaled"
                  + " to a 730-hour month from any horizon.")
          .between(1, Long.MAX_VALUE, "a horizon above zero")
          .hint("e.g. horizon: 1d")
          .mandatory();

  /** The start left out of the steady-state metrics; shorter than the horizon. */
  static final Key<Long> WARMUP =
      Key.of(
              "warmup",
              KeyType.duration(),
              "The start of the run left out of the steady-state metrics (latency, concurrency,"
                  + " utilisation), shorter than the horizon; the bill still counts it.")
          .byDefault(0L, "0");

  /** Providers bill calendar months; 730 h is the average, Cloudflare's examples use 30 days. */
  static final Key<Long> BILLING_MONTH =
      Key.of(
              "billing-month",
              KeyType.duration(),
              "The month bills are for: usage over the horizon is scaled to it before allowances"
                  + " and tiers. At least 1d.")
          .byDefault(
              SimTime.NANOS_PER_MONTH,
              "730h, the average month (AWS); Cloudflare's pricing examples use 30d")
          .between(SimTime.NANOS_PER_DAY, Long.MAX_VALUE, "a month of at least 1d")
          .hint("e.g. billing-month: 30d; the default is 730h, the average month");

  /** The seed of every random stream. */
  static final Key<Long> SEED =
      Key.of("seed", KeyType.integer(), "Fixes every random number; any 64-bit whole number.")
          .byDefault(ScenarioLoader.DEFAULT_SEED, "1; billsim run --seed N overrides it")
          .hint("any whole number, e.g. seed: 42");

  /** Named values used as ${name}; read before the rest by {@link ParameterReader}. */
  static final Key<Object> PARAMETERS =
      Key.of(
          "parameters",
          KeyType.structured(
              "mapping",
              v -> "",
              "{\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^[A-Za-z][A-Za-z0-9_-]*$\"}, \"additionalProperties\": {\"description\": \"The default: a duration (2s), a rate (50/s), a memory size (1024MB), a number (0.5) or text (standard).\", \"type\": [\"string\", \"number\", \"boolean\"], \"pattern\": \"^(?![\\\\s\\\\S]*\\\\$\\\\{)[\\\\s\\\\S]*\\\\S\"}, \"examples\": [{\"llm-wait\": \"2s\", \"rate\": \"50/s\", \"memory\": \"1024MB\"}]}"),
          "Named values the rest of the file uses as ${name}, each with its default: e.g."
              + " {llm-wait: 2s, rate: 50/s, memory: 1024MB}. A value's kind (duration, rate, size,"
              + " number or text) is that of its default; billsim run --set NAME=VALUE overrides"
              + " one, billsim sweep --vary varies one. See docs/sweeps.md. This schema accepts"
              + " ${name} wherever a duration, rate, size, number or count goes.");

  /** How requests arrive. */
  static final Key<Object> TRAFFIC =
      Key.of(
              "traffic",
              KeyType.structured("mapping", v -> "", "{\"$ref\": \"#/$defs/traffic\"}"),
              "How requests arrive.")
          .mandatory();

  /** The request classes. */
  static final Key<Object> REQUESTS =
      Key.of(
              "requests",
              KeyType.structured(
                  "list",
                  v -> "",
                  "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"$ref\": \"#/$defs/request\"}}"),
              "The request classes, a non-empty list.")
          .mandatory();

  /** The platforms. */
  static final Key<Object> PLATFORMS =
      Key.of(
              "platforms",
              KeyType.structured(
                  "list",
                  v -> "",
                  "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"$ref\": \"#/$defs/platform\"}}"),
              "Where to run the requests, a non-empty list.")
          .mandatory();

  /** Price catalog overlays, applied in order over the built-in catalog (and any --catalog). */
  static final Key<Object> CATALOG =
      Key.of(
          "catalog",
          KeyType.structured(
              "list",
              v -> "",
              "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"minLength\": 1}, \"examples\": [[\"prices/eu-west-1.yaml\"]]}"),
          "Price catalog overlays (YAML, in the catalog's format), paths relative to the scenario"
              + " file, applied in order over the built-in catalog and any billsim run --catalog:"
              + " each figure replaces the catalog's at its path. See docs/pricing.md#updating-the-catalog.");

  /** What a provider billed the platforms' traffic, for reports to compare. */
  static final Key<Object> RECORDED =
      Key.of(
          "recorded",
          KeyType.structured(
              "mapping",
              v -> "",
              "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"object\", \"properties\": {\"billed-ms\": {\"description\": \"Billed duration in ms, summed.\", \"type\": [\"number\", \"string\"]}, \"billed-gb-seconds\": {\"description\": \"Billed GB-seconds.\", \"type\": [\"number\", \"string\"]}, \"cpu-ms\": {\"description\": \"CPU time in ms.\", \"type\": [\"number\", \"string\"]}, \"source\": {\"description\": \"Where the figures come from.\", \"type\": \"string\"}}, \"additionalProperties\": false}}"),
          "What the provider billed each named platform's traffic (billed-ms, billed-gb-seconds,"
              + " cpu-ms, source), as billsim import records it: reports set billsim's figures"
              + " beside them. See docs/import.md.");

  /** The keys of the top of a scenario file; its definition is the schema's root. */
  static final KeyTable TOP =
      KeyTable.of(
          ScenarioSchema.ROOT,
          "",
          NAME,
          DESCRIPTION,
          HORIZON,
          WARMUP,
          BILLING_MONTH,
          SEED,
          CATALOG,
          PARAMETERS,
          TRAFFIC,
          REQUESTS,
          PLATFORMS,
          RECORDED);
}
