package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.Traffic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures an AWS Lambda function billed on demand.
 *
 * @param memoryMb configured memory, 128 to 10,240 MB; it also sets the CPU share
 * @param keepAliveNanos idle time after which an execution environment is reclaimed
 * @param coldStart the INIT duration of a new execution environment
 * @param concurrencyLimit requests in flight at once before the rest are throttled
 * @param freeTier whether the account's monthly free tier is credited to this function
 * @param provisioned provisioned concurrency, or null for none
 * @param frontDoor what receives requests before the function
 * @param alb the Application Load Balancer when {@code frontDoor} is {@link FrontDoor#ALB}, else
 *     null
 * @param recordedInit the trace column of each request's recorded INIT, for an exact replay of a
 *     log (null: cold starts as the model makes them)
 * @param ephemeralStorageMb the function's /tmp size, 512 to 10,240 MB (above 512 MB is billed)
 * @param region the provider's region whose prices apply, e.g. us-east-1
 */
public record LambdaSpec(
    String name,
    long memoryMb,
    Arch arch,
    long keepAliveNanos,
    DurationDistribution coldStart,
    int concurrencyLimit,
    boolean freeTier,
    ProvisionedConcurrency provisioned,
    FrontDoor frontDoor,
    Alb alb,
    ColumnDuration recordedInit,
    long ephemeralStorageMb,
    boolean responseStreaming,
    String region,
    Map<String, BigDecimal> prices)
    implements PlatformSpec {

  /**
   * The largest buffered (not streamed) response: 6 MB (taken as 6 MiB, the binary units billsim
   * uses for sizes); a larger one fails, as Lambda's invocation payload quota makes it.
   */
  public static final long MAX_BUFFERED_RESPONSE_BYTES = 6L << 20;

  /** The ephemeral storage included in the price of every function. */
  public static final long INCLUDED_EPHEMERAL_MB = 512;

  /** Names what receives a function's requests: nothing billed, or an Amazon API Gateway API. */
  public enum FrontDoor {
    /** Invoked directly (a function URL, an SDK call): nothing extra. */
    NONE("none"),
    /** An API Gateway HTTP API: billed per million requests, in tiers. */
    HTTP_API("http-api"),
    /** An API Gateway REST API: billed per million requests, in higher tiers. */
    REST_API("rest-api"),
    /**
     * An API Gateway WebSocket API: billed per million messages (32 KB frames, both directions) and
     * per million connection minutes; only for WebSocket traffic.
     */
    WEBSOCKET_API("websocket-api"),
    /**
     * An Application Load Balancer with the function as its target: billed per ALB-hour and per
     * LCU-hour, whose processed-bytes dimension counts 0.4 GB an hour for a Lambda target.
     */
    ALB("alb");

    private final String key;

    FrontDoor(String key) {
      this.key = key;
    }

    /** Returns the scenario-file name. */
    public String key() {
      return key;
    }
  }

  /** Returns the wall time of {@code cpuNanos} of CPU on a function with {@code memoryMb}. */
  public static long wallNanosOfCpu(long memoryMb, long cpuNanos) {
    return CpuShare.stretch(cpuNanos, LambdaModel.FULL_VCPU_MEMORY_MB, memoryMb);
  }

  /**
   * Returns the most CPU a function with {@code memoryMb} runs within {@code wallNanos}: the CPU
   * time whose {@link #wallNanosOfCpu} is at most the wall time, so that a replay of a recorded
   * duration split into this CPU and the rest as I/O lasts exactly the recorded duration.
   */
  public static long cpuNanosWithin(long memoryMb, long wallNanos) {
    if (memoryMb >= LambdaModel.FULL_VCPU_MEMORY_MB) {
      return wallNanos;
    }
    return BigInteger.valueOf(wallNanos)
        .multiply(BigInteger.valueOf(memoryMb))
        .divide(BigInteger.valueOf(LambdaModel.FULL_VCPU_MEMORY_MB))
        .longValueExact();
  }

  /** The smallest memory a function may have. */
  public static final long MIN_MEMORY_MB = 128;

  /** The largest memory a function may have. */
  public static final long MAX_MEMORY_MB = 10_240;

  /**
   * The random stream of the model's cold-start durations: one per model, not per platform, so
   * platforms of one model that differ only in their bill (a memory size's architecture, a region)
   * simulate identically, and configurations compared in one run differ by their settings, not by
   * separate draws (common random numbers, as for the requests).
   */
  static final String STREAM = "platform/lambda/cold-start";

  /** Checks the settings. */
  public LambdaSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(coldStart, "coldStart");
    if (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB) {
      throw new IllegalArgumentException("memory must be 128 to 10240 MB: " + memoryMb);
    }
    if (keepAliveNanos < 0) {
      throw new IllegalArgumentException("keep-alive must not be negative");
    }
    if (concurrencyLimit < 1) {
      throw new IllegalArgumentException("concurrency limit must be at least 1");
    }
    Objects.requireNonNull(frontDoor, "frontDoor");
    if ((alb != null) != (frontDoor == FrontDoor.ALB)) {
      throw new IllegalArgumentException("an ALB goes with front-door alb, and only with it");
    }
    if (ephemeralStorageMb < INCLUDED_EPHEMERAL_MB || ephemeralStorageMb > MAX_MEMORY_MB) {
      throw new IllegalArgumentException(
          "ephemeral storage must be 512 to 10240 MB: " + ephemeralStorageMb);
    }
    prices = Map.copyOf(prices);
  }

  /**
   * Refuses the traffic a front door cannot carry: HTTP and REST APIs carry no WebSockets, and a
   * WebSocket API carries nothing else.
   */
  @Override
  public TrafficMismatch mismatch(Traffic traffic) {
    boolean webSockets = traffic.hasWebSockets();
    if (frontDoor == FrontDoor.WEBSOCKET_API && !webSockets) {
      return new TrafficMismatch(
          "front-door",
          "a front door for this traffic's HTTP requests",
          "websocket-api, which carries only WebSocket connections (the traffic has no websockets)",
          "use http-api or rest-api, or give traffic a websockets mapping");
    }
    if (frontDoor == FrontDoor.ALB && webSockets) {
      return new TrafficMismatch(
          "front-door",
          "a front door that carries WebSockets to a function",
          "alb: an Application Load Balancer does not carry WebSockets to a Lambda target",
          "use front-door: websocket-api (an API Gateway WebSocket API), or none");
    }
    if (recordedInit != null && (webSockets || traffic.hasSessions())) {
      return new TrafficMismatch(
          "recorded-init",
          "recorded-init only with requests replayed one per trace row",
          "recorded-init with "
              + (webSockets ? "websockets" : "sessions")
              + ", whose requests have no row of their own",
          "remove recorded-init (the model then makes the cold starts), or replay the requests");
    }
    if ((frontDoor == FrontDoor.HTTP_API || frontDoor == FrontDoor.REST_API) && webSockets) {
      return new TrafficMismatch(
          "front-door",
          "a front door that carries WebSockets",
          frontDoor.key() + ", which carries no WebSockets (the traffic has websockets)",
          "use front-door: websocket-api (an API Gateway WebSocket API), or none");
    }
    return null;
  }

  @Override
  public List<String> traceColumns() {
    return recordedInit == null ? List.of() : List.of(recordedInit.column());
  }

  /**
   * Leaves out the name, architecture, free tier, region and prices, and the memory beyond a full
   * vCPU: from 1,769 MB up a function computes at one vCPU's speed (a request's CPU steps are one
   * thread), so its model runs alike at every such size and only the meter's MB differ ({@link
   * #usageFrom}).
   */
  @Override
  public PlatformSpec simulated() {
    return new LambdaSpec(
        "",
        Math.min(memoryMb, LambdaModel.FULL_VCPU_MEMORY_MB),
        Arch.X86_64,
        keepAliveNanos,
        coldStart,
        concurrencyLimit,
        false,
        provisioned,
        frontDoor,
        alb,
        recordedInit,
        ephemeralStorageMb,
        responseStreaming,
        "",
        Map.of());
  }

  /**
   * Returns {@code usage} with its billed and provisioned MB at this function's memory: the model
   * bills one memory size all run, so the usage of {@code metered}, a function of equal {@link
   * #simulated} spec, differs from this one's only there.
   */
  @Override
  public Usage usageFrom(Usage usage, PlatformSpec metered) {
    if (!(metered instanceof LambdaSpec function)) {
      throw new IllegalArgumentException("not a Lambda function's usage: " + metered.name());
    }
    return usage.withBilledMemory(function.memoryMb(), memoryMb);
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new LambdaModel(host, this, streams.stream(STREAM));
  }
}
