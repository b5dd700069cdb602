package dev.billsim.scenario;

import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DurationDistribution;

/**
 * Declares the keys of the traffic's sub-mappings: {@code sessions}, {@code websockets} and one
 * stage of {@code arrivals: stages}.
 */
final class TrafficKeys {
  private TrafficKeys() {}

  /** The requests per session. */
  static final Key<CountDistribution> INTERACTIONS =
      Key.of(
              "interactions",
              KeyType.<CountDistribution>structured(
                  "count", v -> "", "{\"$ref\": \"#/$defs/count\"}"),
              "The requests per session, e.g. {geometric: {mean: 5}}.")
          .mandatory();

  /** The pause before each further request of a session. */
  static final Key<DurationDistribution> THINK_TIME =
      Key.of(
              "think-time",
              KeyType.<DurationDistribution>structured(
                  "distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}"),
              "The pause before each further request of a session, e.g. {exponential: {mean: 7s,"
                  + " max: 70s}}.")
          .mandatory();

  /** The keys of {@code traffic.sessions}. */
  static final KeyTable SESSIONS =
      KeyTable.of(
          "sessions",
          "User sessions: each arrival starts a session whose requests are separated by think"
              + " times.",
          INTERACTIONS,
          THINK_TIME);

  /** How long a WebSocket connection stays open. */
  static final Key<DurationDistribution> LIFETIME =
      Key.of(
              "lifetime",
              KeyType.<DurationDistribution>structured(
                  "distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}"),
              "How long a connection stays open, e.g. {exponential: {mean: 30m}}; connections"
                  + " close at the horizon at the latest.")
          .mandatory();

  /** The time between a connection's incoming messages. */
  static final Key<DurationDistribution> MESSAGE_INTERVAL =
      Key.of(
              "message-interval",
              KeyType.<DurationDistribution>structured(
                  "distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}"),
              "The time between incoming messages, e.g. 60s or {exponential: {mean: 10s}}; the"
                  + " first comes one interval after the connect.")
          .mandatory();

  /** The request class each connect runs; the reader resolves the name. */
  static final Key<Integer> CONNECT =
      Key.of(
              "connect",
              KeyType.<Integer>structured("request class name", v -> "", "{\"type\": \"string\"}"),
              "The request class each connect runs, not one with static: true.")
          .byDefault(0, "the first class");

  /** The request class each incoming message runs; the reader resolves the name. */
  static final Key<Integer> MESSAGE =
      Key.of(
              "message",
              KeyType.<Integer>structured("request class name", v -> "", "{\"type\": \"string\"}"),
              "The request class each incoming message runs, not one with static: true.")
          .mandatory();

  /** The messages the server sends for each incoming message. */
  static final Key<Long> REPLIES =
      Key.of(
              "replies",
              KeyType.integer(),
              "The messages the server sends for each incoming message it handles, each of the"
                  + " message class's response-size (a room's fan-out counts every recipient):"
                  + " what data transfer, a load balancer and an API Gateway WebSocket API meter.")
          .between(0, 1_000_000, "a whole number from 0 to 1,000,000")
          .hint("e.g. replies: 5 for a room of six where every message reaches the others")
          .byDefault(1L);

  /** The keys of {@code traffic.websockets}. */
  static final KeyTable WEBSOCKETS =
      KeyTable.of(
          "websockets",
          "WebSocket connections: each arrival connects (one request of class connect), then"
              + " sends incoming messages (one request of class message each) at intervals until"
              + " its lifetime ends.",
          LIFETIME,
          MESSAGE_INTERVAL,
          CONNECT,
          MESSAGE,
          REPLIES);

  /** How long a stage's ramp takes. */
  static final Key<Long> STAGE_DURATION =
      Key.of("duration", KeyType.duration(), "How long the ramp takes, above zero, e.g. 5m.")
          .between(1, Long.MAX_VALUE, "a duration above zero")
          .hint("e.g. 10m")
          .mandatory();

  /** The rate at a stage's end, per second. */
  static final Key<Double> TARGET =
      Key.of(
              "target",
              new KeyType.Simple<Double>(
                  (r, k) -> rateOrZero(r.get(k.name()), r.keyPath(k.name()), r.problems()),
                  "rate, 0/s allowed",
                  String::valueOf,
                  KeyType.ref("rate-or-zero")),
              "The rate at the end of the stage, e.g. 50/s or 0/s.")
          .mandatory();

  /** The keys of one stage of {@code arrivals: stages}. */
  static final KeyTable STAGE =
      KeyTable.of(
          "stage",
          "One stage: the rate ramps linearly to target over duration.",
          STAGE_DURATION,
          TARGET);

  /** Reads a rate that may be zero (a stage may ramp down to nothing), per second, or null. */
  static Double rateOrZero(YamlNode node, String path, Problems problems) {
    String text = MapReader.text(node, path, "a rate such as 50/s", "e.g. 50/s, or 0/s", problems);
    if (text == null) {
      return null;
    }
    if (Units.isZeroRate(text)) {
      return 0.0;
    }
    try {
      return Units.rate(text).perSecond();
    } catch (Units.UnitException e) {
      problems.add(node, path, e.expected(), node.describe(), e.hint());
      return null;
    }
  }
}
