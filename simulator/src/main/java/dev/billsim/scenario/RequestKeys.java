package dev.billsim.scenario;

import dev.billsim.workload.Step;
import java.math.BigDecimal;
import java.util.List;

/** Declares the keys of one request class of {@code requests:}. */
final class RequestKeys {
  private RequestKeys() {}

  /** The class's name. */
  static final Key<String> NAME =
      Key.of(
              "name",
              KeyType.text("a request class name"),
              "The class's name, unique among the request classes.")
          .hint("e.g. name: chat-turn")
          .mandatory();

  /** The class's relative share of arrivals; its range is checked in double precision. */
  static final Key<BigDecimal> WEIGHT =
      Key.of(
              "weight",
              KeyType.decimal(true),
              "The class's relative share of arrivals, from 1e-300 to 1e300.")
          .byDefault(BigDecimal.ONE, "1")
          .hint("a relative share of arrivals, e.g. weight: 9");

  /** What one request does. */
  static final Key<List<Step>> STEPS =
      Key.of(
              "steps",
              KeyType.<List<Step>>structured(
                  "list of steps",
                  v -> "",
                  "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"$ref\": \"#/$defs/step\"}}"),
              "What one request does, in order; a non-empty list.")
          .mandatory();

  /** Whether the request is for a static asset. */
  static final Key<Boolean> STATIC =
      Key.of(
              "static",
              KeyType.bool(),
              "Whether the request is for a static asset: Workers and Durable Objects answer it"
                  + " free without running its steps (Cloudflare serves assets in front of the"
                  + " code); Lambda and servers run it.")
          .byDefault(Boolean.FALSE);

  /** The keys of one request class. */
  static final KeyTable REQUEST =
      KeyTable.of(
          "request",
          "A request class: what one kind of request does.",
          NAME,
          WEIGHT,
          STEPS,
          STATIC);
}
