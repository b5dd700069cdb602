package dev.billsim.scenario;

import dev.billsim.workload.ArrivalKind;
import java.util.List;

/**
 * Declares the keys of {@code traffic:} for each arrival process: {@code arrivals}, the common
 * {@code sessions} and {@code websockets}, then the process's own keys. The readers accept exactly
 * these names and the schema's {@code traffic-*} definitions are generated from them; each key's
 * JSON Schema is declared with it, its conversion stays in {@link ArrivalReader}.
 */
final class ArrivalKeys {
  private ArrivalKeys() {}

  /** The number of keys every traffic mapping has first: arrivals, sessions, websockets. */
  static final int COMMON = 3;

  /** Optional user sessions. */
  static final Key<Object> SESSIONS =
      Key.readElsewhere(
          "sessions",
          "{\"$ref\": \"#/$defs/sessions\"}",
          "Optional user sessions: each arrival starts a session of several requests separated by think times. Default: none, every arrival is one request.",
          false);

  /** Optional WebSocket connections. */
  static final Key<Object> WEBSOCKETS =
      Key.readElsewhere(
          "websockets",
          "{\"$ref\": \"#/$defs/websockets\"}",
          "Optional WebSocket connections: each arrival is a connection whose incoming messages are requests too (not with sessions). Default: none.",
          false);

  /** The keys of traffic with {@code arrivals: poisson}. */
  static final KeyTable POISSON =
      KeyTable.of(
          "traffic-poisson",
          "Traffic with arrivals: poisson. Poisson arrivals at a constant mean rate.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"poisson\"}",
              "Poisson arrivals at a constant mean rate.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "rate",
              "{\"$ref\": \"#/$defs/rate\"}",
              "The mean arrival rate of all request classes together, e.g. 20/s.",
              true));

  /** The keys of traffic with {@code arrivals: constant}. */
  static final KeyTable CONSTANT =
      KeyTable.of(
          "traffic-constant",
          "Traffic with arrivals: constant. Evenly spaced arrivals: exactly round(rate x horizon) requests, the k-th at k/rate.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"constant\"}",
              "Evenly spaced arrivals: exactly round(rate x horizon) requests, the k-th at k/rate.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "rate",
              "{\"$ref\": \"#/$defs/rate\"}",
              "The arrival rate of all request classes together, e.g. 20/s.",
              true));

  /** The keys of traffic with {@code arrivals: diurnal}. */
  static final KeyTable DIURNAL =
      KeyTable.of(
          "traffic-diurnal",
          "Traffic with arrivals: diurnal. Poisson arrivals following a daily profile (a smooth curve or 24 hourly weights), optionally times weekly weights.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"diurnal\"}",
              "Poisson arrivals following a daily profile (a smooth curve or 24 hourly weights), optionally times weekly weights.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "rate",
              "{\"$ref\": \"#/$defs/rate\"}",
              "The mean rate over the day (and week), e.g. 20/s.",
              true),
          Key.readElsewhere(
              "peak-to-trough",
              "{\"anyOf\": [{\"type\": \"number\", \"minimum\": 1, \"maximum\": 1e+300}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?(?=[0-9.]*[1-9])([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}",
              "The smooth curve's peak rate over its trough rate, at least 1 (1 is a flat day). Given with peak-hour, instead of hourly.",
              false),
          Key.readElsewhere(
              "peak-hour",
              "{\"anyOf\": [{\"type\": \"number\", \"minimum\": 0, \"maximum\": 24}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}",
              "The hour of the smooth curve's peak, 0 to 24, UTC (simulated time 0 is a midnight UTC). Given with peak-to-trough.",
              false),
          Key.readElsewhere(
              "hourly",
              "{\"type\": \"array\", \"minItems\": 24, \"maxItems\": 24, \"items\": {\"description\": \"A relative weight, zero or more.\", \"anyOf\": [{\"type\": \"number\", \"minimum\": 0, \"maximum\": 1e+300}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}, \"contains\": {\"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?(?=[0-9.]*[1-9])([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}}",
              "24 relative weights, one per hour from 00:00 UTC, zero or more and not all zero; instead of peak-to-trough and peak-hour.",
              false),
          Key.readElsewhere(
              "weekly",
              "{\"type\": \"array\", \"minItems\": 7, \"maxItems\": 7, \"items\": {\"description\": \"A relative weight, zero or more.\", \"anyOf\": [{\"type\": \"number\", \"minimum\": 0, \"maximum\": 1e+300}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}, \"contains\": {\"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?(?=[0-9.]*[1-9])([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}}",
              "Optional 7 relative weights, Monday first, zero or more and not all zero, e.g. [1, 1, 1, 1, 1, 0.5, 0.4]. Default: every day alike.",
              false));

  /** The keys of traffic with {@code arrivals: bursty}. */
  static final KeyTable BURSTY =
      KeyTable.of(
          "traffic-bursty",
          "Traffic with arrivals: bursty. A two-state Markov-modulated Poisson process: calm and bursts.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"bursty\"}",
              "A two-state Markov-modulated Poisson process: calm and bursts.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "calm-rate",
              "{\"$ref\": \"#/$defs/rate\"}",
              "The Poisson rate while calm, e.g. 5/s.",
              true),
          Key.readElsewhere(
              "burst-rate",
              "{\"$ref\": \"#/$defs/rate\"}",
              "The Poisson rate during a burst, e.g. 100/s.",
              true),
          Key.readElsewhere(
              "calm-time",
              "{\"$ref\": \"#/$defs/duration\"}",
              "The mean time a calm spell lasts (exponential), above zero, e.g. 10m.",
              true),
          Key.readElsewhere(
              "burst-time",
              "{\"$ref\": \"#/$defs/duration\"}",
              "The mean time a burst lasts (exponential), above zero, e.g. 30s.",
              true));

  /** The keys of traffic with {@code arrivals: stages}. */
  static final KeyTable STAGES =
      KeyTable.of(
          "traffic-stages",
          "Traffic with arrivals: stages. k6-style stages: the rate ramps linearly from target to target, then holds the last.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"stages\"}",
              "k6-style stages: the rate ramps linearly from target to target, then holds the last.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "start-rate",
              "{\"$ref\": \"#/$defs/rate-or-zero\"}",
              "The rate at time 0, where the first stage ramps from. Default 0/s.",
              false),
          Key.readElsewhere(
              "stages",
              "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"$ref\": \"#/$defs/stage\"}}",
              "A non-empty list of stages; at least one rate must be above zero.",
              true));

  /** The keys of traffic with {@code arrivals: trace}. */
  static final KeyTable TRACE =
      KeyTable.of(
          "traffic-trace",
          "Traffic with arrivals: trace. Replays the arrival times of a CSV trace.",
          Key.readElsewhere(
              "arrivals",
              "{\"const\": \"trace\"}",
              "Replays the arrival times of a CSV trace.",
              true),
          SESSIONS,
          WEBSOCKETS,
          Key.readElsewhere(
              "file",
              Key.NAME_SCHEMA,
              "The CSV trace: a header line, then one row per arrival; relative to the scenario file's directory.",
              true),
          Key.readElsewhere(
              "column",
              Key.NAME_SCHEMA,
              "The timestamp column's name. Default: the first column.",
              false),
          Key.readElsewhere(
              "class-column",
              Key.NAME_SCHEMA,
              "A column naming each row's request class, so a replay is exact request by request;"
                  + " weights then play no part. Not with sessions or websockets. Default: classes"
                  + " drawn by weight.",
              false),
          Key.readElsewhere(
              "format",
              "{\"type\": \"string\", \"minLength\": 1, \"examples\": [\"s\", \"ms\", \"us\", \"ns\", \"yyyy-MM-dd HH:mm:ss.SSSSSSS\"]}",
              "How timestamps are written: s, ms, us or ns (numbers, decimals allowed), or a java.time date-time pattern, taken as UTC unless it has a zone. Default s.",
              false),
          Key.readElsewhere(
              "speed",
              "{\"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0, \"maximum\": 1e+300}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?(?=[0-9.]*[1-9])([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}",
              "How much faster than recorded to replay: 2 halves every gap. Above zero; default 1.",
              false),
          Key.readElsewhere(
              "loop",
              "{\"enum\": [true, false, \"true\", \"false\"]}",
              "Whether to replay the trace again until the horizon. Default false.",
              false));

  /** Returns the keys of a traffic mapping with this arrival process. */
  static KeyTable table(ArrivalKind kind) {
    return switch (kind) {
      case POISSON -> POISSON;
      case CONSTANT -> CONSTANT;
      case DIURNAL -> DIURNAL;
      case BURSTY -> BURSTY;
      case STAGES -> STAGES;
      case TRACE -> TRACE;
    };
  }

  /** Returns the arrival process's own keys, after the common ones. */
  static List<String> ownKeys(ArrivalKind kind) {
    List<String> names = table(kind).names();
    return names.subList(COMMON, names.size());
  }
}
