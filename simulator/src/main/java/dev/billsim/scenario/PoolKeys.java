package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.platform.VercelSpec;
import dev.billsim.workload.DurationDistribution;
import java.math.BigDecimal;

/**
 * Declares the keys of the platforms that run on pools of instances: {@code cloud-run} and {@code
 * vercel}.
 */
final class PoolKeys {
  private PoolKeys() {}

  /** Cloud Run's vCPUs per instance; the sizes are checked by the reader. */
  static final Key<BigDecimal> CLOUD_RUN_VCPU =
      Key.of(
              "vcpu",
              new KeyType.Simple<>(
                  (r, k) -> r.decimal(k.name(), true, k.hint()),
                  "number",
                  BigDecimal::toPlainString,
                  k ->
                      (com.fasterxml.jackson.databind.node.ObjectNode)
                          KeyType.parse(
                              """
                              {"anyOf": [
                                {"type": "number", "minimum": 0.08, "maximum": 8},
                                {"type": "string", "pattern": "\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)\\\\s*$"}
                              ]}""")),
              "vCPUs per instance: a fraction from 0.08 to below 1 (then concurrency must be 1),"
                  + " or 1, 2, 4, 6 or 8.")
          .byDefault(BigDecimal.ONE, "1")
          .hint("Cloud Run vCPUs: a fraction from 0.08 to below 1, or 1, 2, 4, 6 or 8");

  /** Cloud Run's default memory per instance. */
  static final Key<Long> CLOUD_RUN_MEMORY =
      Key.of(
              "memory",
              KeyType.memoryMb(),
              "Memory per instance: 128MB up to 512MB below 0.5 vCPU, 1GB below 1 vCPU, 4GB per"
                  + " vCPU from 1.")
          .byDefault(512L);

  /** Cloud Run's concurrency per instance (the console's default; gcloud uses 80 x vCPUs). */
  static final Key<Long> CLOUD_RUN_CONCURRENCY =
      Key.of("concurrency", KeyType.integer(), "Requests one instance serves at once.")
          .byDefault(80L, "80 (1 below 1 vCPU)")
          .between(1, 1000)
          .hint("requests one instance serves at once, e.g. 80");

  /** The autoscaler's target: Cloud Run's 60% of CPU and of concurrency. */
  static final Key<BigDecimal> CLOUD_RUN_TARGET =
      Key.of(
              "target-cpu",
              KeyType.fraction(true, false),
              "The autoscaler's target for CPU utilisation and for requests in flight per"
                  + " instance, as a share of vCPUs and of concurrency, averaged over the last"
                  + " minute (Cloud Run: 60%).")
          .byDefault(new BigDecimal("0.6"))
          .hint("the share of CPU and of concurrency the autoscaler aims at, e.g. 60%");

  /** Instances kept warm. */
  static final Key<Long> MIN_INSTANCES =
      Key.of(
              "min-instances",
              KeyType.integer(),
              "Instances kept even when idle, ready at time 0, billed at the idle rate while idle.")
          .byDefault(0L)
          .between(0, 1000)
          .hint("instances kept warm, billed at the idle rate");

  /** Cloud Run's default maximum instances per service. */
  static final Key<Long> MAX_INSTANCES =
      Key.of("max-instances", KeyType.integer(), "The most instances; beyond, requests queue.")
          .byDefault(100L)
          .between(1, 100_000)
          .hint("the most instances, e.g. 100");

  /** A container's start: median 1 s, 99th percentile 4 s (an assumption). */
  static final Key<DurationDistribution> CONTAINER_START =
      Key.of(
              "cold-start",
              KeyType.<DurationDistribution>structured(
                  "distribution", v -> "", "{\"$ref\": \"#/$defs/distribution\"}"),
              "The time a new instance takes to start before it serves (billed).")
          .byDefault(
              PlatformKeys.lognormal(SimTime.NANOS_PER_SECOND, 4 * SimTime.NANOS_PER_SECOND),
              "{lognormal: {median: 1s, p99: 4s}}");

  /** Cloud Run "may keep some instances idle for a maximum of 15 minutes". */
  static final Key<Long> CLOUD_RUN_IDLE =
      Key.of(
              "idle-timeout",
              KeyType.duration(),
              "Idle time after which an instance above the minimum is shut down.")
          .byDefault(15 * SimTime.NANOS_PER_MINUTE);

  /** Cloud Run queues requests at the maximum instances for up to 60 s, then answers 429. */
  static final Key<Long> CLOUD_RUN_QUEUE =
      Key.of(
              "queue-timeout",
              KeyType.duration(),
              "How long a request waits for room at max-instances before it is refused (429,"
                  + " counted as throttled).")
          .byDefault(60 * SimTime.NANOS_PER_SECOND)
          .between(1, Long.MAX_VALUE, "a duration above zero")
          .hint("how long a request waits for room at max-instances, e.g. 60s");

  /** Whether the billing account's free tier is credited. */
  static final Key<Boolean> CLOUD_RUN_FREE_TIER =
      Key.of(
              "free-tier",
              KeyType.bool(),
              "Whether the billing account's monthly free tier (180,000 vCPU-s, 360,000 GiB-s, 2"
                  + " million requests) is credited.")
          .byDefault(Boolean.TRUE);

  /** The keys of {@code model: cloud-run}. */
  static final KeyTable CLOUD_RUN =
      KeyTable.of(
          "platform-cloud-run",
          "Google Cloud Run, request-based billing: instances serving up to concurrency"
              + " requests each, billed for vCPU-s and GiB-s while serving (100 ms steps) and"
              + " requests.",
          PlatformKeys.GOOGLE_REGION,
          CLOUD_RUN_VCPU,
          CLOUD_RUN_MEMORY,
          CLOUD_RUN_CONCURRENCY,
          CLOUD_RUN_TARGET,
          MIN_INSTANCES,
          MAX_INSTANCES,
          CONTAINER_START,
          CLOUD_RUN_IDLE,
          CLOUD_RUN_QUEUE,
          CLOUD_RUN_FREE_TIER);

  /** The Vercel plan. */
  static final Key<VercelSpec.Plan> VERCEL_PLAN =
      Key.of(
              "plan",
              KeyType.choice(VercelSpec.Plan.values(), VercelSpec.Plan::key),
              "The Vercel plan: pro (monthly fee and usage credit, then on-demand) or hobby (free,"
                  + " hard allowances).")
          .byDefault(VercelSpec.Plan.PRO);

  /** Fluid compute's two instance sizes; the reader checks the size. */
  static final Key<Long> VERCEL_MEMORY =
      Key.of(
              "memory",
              new KeyType.Simple<Long>(
                  (r, k) -> r.memoryMb(k.name()),
                  "`2GB` or `4GB`",
                  mb -> mb / 1024 + "GB",
                  k ->
                      (com.fasterxml.jackson.databind.node.ObjectNode)
                          KeyType.parse("{\"enum\": [\"2GB\", \"4GB\", \"2048MB\", \"4096MB\"]}")),
              "Instance size: 2GB (Standard, 1 vCPU) or 4GB (Performance, 2 vCPUs; Pro only).")
          .byDefault(2048L);

  /** Vercel publishes no per-instance cap; billsim assumes this many requests at once. */
  static final Key<Long> VERCEL_CONCURRENCY =
      Key.of(
              "concurrency",
              KeyType.integer(),
              "Requests one instance serves at once (Vercel publishes no cap).")
          .byDefault(100L)
          .between(1, 10_000)
          .hint("requests one instance serves at once, e.g. 100");

  /** The autoscaler's target, assumed to be Cloud Run's 60%. */
  static final Key<BigDecimal> VERCEL_TARGET =
      Key.of(
              "target-cpu",
              KeyType.fraction(true, false),
              "The autoscaler's target for CPU utilisation and for requests in flight per"
                  + " instance, as a share of vCPUs and of concurrency, averaged over the last"
                  + " minute (an assumption: Vercel publishes none; Cloud Run's 60%).")
          .byDefault(new BigDecimal("0.6"))
          .hint(CLOUD_RUN_TARGET.hint());

  /** Vercel publishes no idle timeout; billsim assumes Lambda-like minutes. */
  static final Key<Long> VERCEL_IDLE =
      Key.of(
              "idle-timeout",
              KeyType.duration(),
              "Idle time after which an instance is shut down (Vercel publishes none).")
          .byDefault(5 * SimTime.NANOS_PER_MINUTE);

  /** Whether the Pro plan's usage credit is credited. */
  static final Key<Boolean> USAGE_CREDIT =
      Key.of(
              "usage-credit",
              KeyType.bool(),
              "Whether the Pro plan's monthly usage credit ($20) is credited to this project;"
                  + " false when the team's other projects spend it; no effect on hobby.")
          .byDefault(Boolean.TRUE);

  /** The keys of {@code model: vercel}. */
  static final KeyTable VERCEL =
      KeyTable.of(
          "platform-vercel",
          "Vercel Functions on Fluid compute: billed for Active CPU, provisioned memory while"
              + " requests are in flight, and invocations, after the plan's allowances.",
          VERCEL_PLAN,
          VERCEL_MEMORY,
          VERCEL_CONCURRENCY,
          VERCEL_TARGET,
          CONTAINER_START,
          VERCEL_IDLE,
          USAGE_CREDIT);
}
