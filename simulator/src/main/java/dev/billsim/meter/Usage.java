package dev.billsim.meter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * States what one platform used over a simulated horizon: the input of a bill and the metrics of a
 * report.
 *
 * <p>Time sums are exact integer nanoseconds. What each sum means on a platform is fixed by the
 * platform model and written in its documentation; in short:
 *
 * @param horizonNanos the simulated span over which requests arrived
 * @param requests every request that arrived within the horizon
 * @param completed requests that ran every step
 * @param errors requests that failed (stopped at a limit, or refused by a quota)
 * @param throttled requests refused by a concurrency limit, never run
 * @param invocations requests the platform started running (the billed request count)
 * @param cpuNanos CPU time executed by requests
 * @param wallNanos end-to-end time of the requests that ran, arrival to completion
 * @param billedNanos the time the platform bills: CPU (Workers), rounded duration with INIT
 *     (Lambda), rounded instance time (EC2)
 * @param billedMbNanos billed time weighted by billed memory in MB, the source of GB-seconds
 * @param coldStarts requests that had to start a new execution environment
 * @param instanceNanos lifetime of execution environments or instances
 * @param busyVcpuNanos vCPU time spent executing requests' CPU steps
 * @param meanConcurrency time-average requests in flight over the horizon
 * @param maxConcurrency most requests in flight at once
 * @param latency end-to-end latency of the requests that ran
 * @param messages incoming WebSocket messages (each also one of {@code requests})
 * @param staticRequests requests for static assets, served free and not run (Workers)
 * @param provisionedMbNanos provisioned capacity configured, in MB times nanoseconds (Lambda
 *     provisioned concurrency, in AWS's 5-minute steps)
 * @param billedProvisionedMbNanos the part of {@code billedMbNanos} that ran on provisioned
 *     capacity, billed at its lower duration rate
 * @param maxInstances most instances or execution environments alive at once (0 where the platform
 *     has none to count: Workers, Durable Objects)
 * @param steadyState what was measured from the warm-up to the horizon: concurrency levels and
 *     utilisation ({@code meanConcurrency}, {@code maxConcurrency} and {@code latency} are from the
 *     same window)
 * @param latencyCdf the distribution of {@code latency}: the latency at fixed shares of requests
 * @param timeSeries load and usage over simulated time, in buckets (empty for a sweep's points)
 * @param transfer the bytes requests carried, when the scenario gives sizes ({@link Transfer#NONE}
 *     when not)
 * @param webSockets connection time and message frames, when the traffic has WebSockets ({@link
 *     WebSocketUsage#NONE} when not)
 * @param loadBalancer a load balancer's load hour by hour, when the platform has one (empty when
 *     not)
 */
public record Usage(
    long horizonNanos,
    long requests,
    long completed,
    long errors,
    long throttled,
    long invocations,
    BigInteger cpuNanos,
    BigInteger wallNanos,
    BigInteger billedNanos,
    BigInteger billedMbNanos,
    long coldStarts,
    BigInteger instanceNanos,
    BigInteger busyVcpuNanos,
    double meanConcurrency,
    long maxConcurrency,
    LatencySummary latency,
    long messages,
    long staticRequests,
    BigInteger provisionedMbNanos,
    BigInteger billedProvisionedMbNanos,
    int maxInstances,
    SteadyState steadyState,
    LatencyCdf latencyCdf,
    TimeSeries timeSeries,
    Transfer transfer,
    WebSocketUsage webSockets,
    List<HourLoad> loadBalancer) {

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  /** Checks that outcomes add up to arrivals. */
  public Usage {
    Objects.requireNonNull(latencyCdf, "latencyCdf");
    Objects.requireNonNull(timeSeries, "timeSeries");
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(webSockets, "webSockets");
    loadBalancer = List.copyOf(loadBalancer);
    if (completed + errors + throttled + staticRequests != requests) {
      throw new IllegalArgumentException(
          "outcomes do not add up: completed "
              + completed
              + " + errors "
              + errors
              + " + throttled "
              + throttled
              + " + static "
              + staticRequests
              + " != requests "
              + requests);
    }
  }

  /** Returns billed GB-seconds exactly, with 1 GB = 1024 MB as providers bill memory. */
  public BigDecimal billedGbSeconds() {
    return new BigDecimal(billedMbNanos)
        .divide(MB_PER_GB.multiply(NANOS_PER_SECOND), MathContext.DECIMAL128);
  }

  /** Returns provisioned capacity configured, in GB-seconds, exactly. */
  public BigDecimal provisionedGbSeconds() {
    return new BigDecimal(provisionedMbNanos)
        .divide(MB_PER_GB.multiply(NANOS_PER_SECOND), MathContext.DECIMAL128);
  }

  /** Returns the GB-seconds billed at the provisioned duration rate, exactly. */
  public BigDecimal billedProvisionedGbSeconds() {
    return new BigDecimal(billedProvisionedMbNanos)
        .divide(MB_PER_GB.multiply(NANOS_PER_SECOND), MathContext.DECIMAL128);
  }

  /**
   * Returns this usage as the meter would have recorded it had every time it billed and provisioned
   * been at {@code toMb} instead of {@code fromMb}: the MB-weighted sums ({@link #billedMbNanos},
   * {@link #provisionedMbNanos}, {@link #billedProvisionedMbNanos}) scaled by {@code toMb /
   * fromMb}, exactly, and nothing else changed. For a model that bills one memory size all run,
   * whose sums are then multiples of it.
   *
   * @throws IllegalArgumentException if a size is not positive, or a sum is not a multiple of
   *     {@code fromMb} (time billed at another size: the usage of no such model)
   */
  public Usage withBilledMemory(long fromMb, long toMb) {
    if (fromMb <= 0 || toMb <= 0) {
      throw new IllegalArgumentException("memory must be positive: " + fromMb + " to " + toMb);
    }
    if (fromMb == toMb) {
      return this;
    }
    return with(
        rescaled(billedMbNanos, fromMb, toMb),
        rescaled(provisionedMbNanos, fromMb, toMb),
        rescaled(billedProvisionedMbNanos, fromMb, toMb),
        latencyCdf,
        timeSeries);
  }

  private static BigInteger rescaled(BigInteger mbNanos, long fromMb, long toMb) {
    BigInteger[] nanos = mbNanos.divideAndRemainder(BigInteger.valueOf(fromMb));
    if (nanos[1].signum() != 0) {
      throw new IllegalArgumentException(
          mbNanos + " MB-ns is not time billed at " + fromMb + " MB alone");
    }
    return nanos[0].multiply(BigInteger.valueOf(toMb));
  }

  /**
   * Returns the usage of a platform that served nothing over a horizon: every count zero, with data
   * transfer metered (zero bytes) when {@code sizes}, WebSocket connections (none) when {@code
   * webSockets}, and an idle load balancer's hours (one, empty).
   */
  public static Usage idle(long horizonNanos, boolean sizes, boolean webSockets) {
    return new Usage(
        horizonNanos,
        0,
        0,
        0,
        0,
        0,
        BigInteger.ZERO,
        BigInteger.ZERO,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0,
        0,
        LatencySummary.EMPTY,
        0,
        0,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0,
        SteadyState.NONE,
        LatencyCdf.EMPTY,
        TimeSeries.EMPTY,
        sizes
            ? new Transfer(true, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO)
            : Transfer.NONE,
        webSockets
            ? new WebSocketUsage(true, 0, BigInteger.ZERO, 0, 0, 0, 0, 1)
            : WebSocketUsage.NONE,
        List.of(new HourLoad(horizonNanos, 0, 0, BigInteger.ZERO, 0)));
  }

  /**
   * Returns this usage without its time series and latency distribution: what a sweep keeps of each
   * point, whose reports chart neither.
   */
  public Usage withoutProfiles() {
    return with(
        billedMbNanos,
        provisionedMbNanos,
        billedProvisionedMbNanos,
        LatencyCdf.EMPTY,
        TimeSeries.EMPTY);
  }

  /** Returns this usage with these MB-weighted sums and profiles, everything else the same. */
  private Usage with(
      BigInteger billedMbNanos,
      BigInteger provisionedMbNanos,
      BigInteger billedProvisionedMbNanos,
      LatencyCdf latencyCdf,
      TimeSeries timeSeries) {
    return new Usage(
        horizonNanos,
        requests,
        completed,
        errors,
        throttled,
        invocations,
        cpuNanos,
        wallNanos,
        billedNanos,
        billedMbNanos,
        coldStarts,
        instanceNanos,
        busyVcpuNanos,
        meanConcurrency,
        maxConcurrency,
        latency,
        messages,
        staticRequests,
        provisionedMbNanos,
        billedProvisionedMbNanos,
        maxInstances,
        steadyState,
        latencyCdf,
        timeSeries,
        transfer,
        webSockets,
        loadBalancer);
  }

  /** Converts exact nanoseconds to seconds as a double, for display and statistics. */
  public static double seconds(BigInteger nanos) {
    return new BigDecimal(nanos).divide(NANOS_PER_SECOND, MathContext.DECIMAL64).doubleValue();
  }
}
