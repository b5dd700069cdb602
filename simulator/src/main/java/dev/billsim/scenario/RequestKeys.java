package dev.billsim.scenario;

import dev.billsim.platform.LambdaSpec;
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

  /** Where the class's CPU times were measured; read with the table {@link #MEASURED_ON}. */
  static final Key<Object> CPU_MEASURED_ON =
      Key.of(
              "cpu-measured-on",
              KeyType.structured("mapping", v -> "", "{\"$ref\": \"#/$defs/cpu-measured-on\"}"),
              "Where the class's cpu steps were measured, when not on one full vCPU: {lambda:"
                  + " 1024MB}, {vcpus: 0.25} or {instance: c7i.large}; billsim converts them to"
                  + " its reference vCPU (20ms on Lambda at 1024MB is 11.58ms).")
          .byDefault("one full vCPU")
          .hint("e.g. cpu-measured-on: {lambda: 1024MB}");

  /** Lambda memory where CPU times were measured: a share memory/1769 of a vCPU. */
  static final Key<Long> MEASURED_LAMBDA =
      Key.of(
              "lambda",
              KeyType.memoryMb(),
              "Measured on AWS Lambda with this memory: a share memory/1769 of a vCPU, one full"
                  + " vCPU from 1769MB.")
          .between(
              LambdaSpec.MIN_MEMORY_MB,
              LambdaSpec.MAX_MEMORY_MB,
              "a memory size from 128MB to 10240MB")
          .hint("e.g. lambda: 1024MB");

  /** A share of one vCPU where CPU times were measured. */
  static final Key<BigDecimal> MEASURED_VCPUS =
      Key.of(
              "vcpus",
              KeyType.decimal(true),
              "Measured with this share of one vCPU, e.g. 0.25 for a Fargate task of 0.25 vCPU;"
                  + " 1 or more is one full vCPU for a single-threaded step.")
          .hint("e.g. vcpus: 0.5");

  /** An instance type where CPU times were measured. */
  static final Key<String> MEASURED_INSTANCE =
      Key.of(
              "instance",
              KeyType.text("an instance type name"),
              "Measured on this catalog instance type: one full vCPU (billsim does not model"
                  + " processor generations).")
          .hint("e.g. instance: c7i.large");

  /** The keys of {@code cpu-measured-on}: exactly one. */
  static final KeyTable MEASURED_ON =
      KeyTable.of(
          "cpu-measured-on",
          "Where a class's CPU times were measured: exactly one of lambda, vcpus, instance.",
          MEASURED_LAMBDA,
          MEASURED_VCPUS,
          MEASURED_INSTANCE);

  /** The request's body size. */
  static final Key<Object> REQUEST_SIZE =
      Key.readElsewhere(
          "request-size",
          "{\"$ref\": \"#/$defs/size\"}",
          "The size of the request's body: a size such as 12KB (1 KB = 1024 B), a distribution of"
              + " sizes such as {lognormal: {median: 20KB, p99: 1MB}}, or a trace column {column:"
              + " NAME, unit: B}. Counted (with the response) in API Gateway HTTP API's 512 KB"
              + " increments. Default: none, and no data transfer is metered.",
          false);

  /** The response's body size. */
  static final Key<Object> RESPONSE_SIZE =
      Key.readElsewhere(
          "response-size",
          "{\"$ref\": \"#/$defs/size\"}",
          "The size of the response's body, sent to the internet: a size such as 150KB (1 KB ="
              + " 1024 B), a distribution of sizes such as {lognormal: {median: 150KB, p99: 4MB}},"
              + " or a trace column {column: NAME, unit: KB}. Billed as data transfer out where the"
              + " platform charges for it. Default: none, and no data transfer is metered or"
              + " billed.",
          false);

  /** The name of a size column's key. */
  static final String SIZE_COLUMN = "column";

  /** The keys of a size read from a trace column, {@code {column: NAME, unit: KB}}. */
  static final KeyTable COLUMN_SIZE =
      KeyTable.of(
          "column-size",
          "A request's or response's size read from a column of the trace row that produced the"
              + " arrival (trace arrivals only).",
          Key.readElsewhere(
              SIZE_COLUMN, Key.NAME_SCHEMA, "The trace column holding the size.", true),
          Key.readElsewhere(
              "unit",
              "{\"enum\": [\"B\", \"KB\", \"MB\", \"GB\"]}",
              "The unit of the column's values: B, KB, MB or GB (1 KB = 1024 B).",
              true));

  /** The keys of one request class. */
  static final KeyTable REQUEST =
      KeyTable.of(
          "request",
          "A request class: what one kind of request does.",
          NAME,
          WEIGHT,
          STEPS,
          STATIC,
          REQUEST_SIZE,
          RESPONSE_SIZE,
          CPU_MEASURED_ON);
}
