package dev.billsim.meter;

import java.math.BigInteger;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Accumulates a run's usage as events happen; {@link #usage()} freezes it.
 *
 * <p>Every recording method is a few additions on primitive fields, plus one histogram update per
 * finished request: nothing is allocated per call once the histogram spans the run's latencies. The
 * time series behind the charts ({@link TimeSeries}) is recorded only when asked for: the totals
 * below, and the concurrency meter's area in flight, read once at each bucket's end, for charts
 * that a run without {@code --out} never draws.
 *
 * <p>Not final only so that the benchmarks can measure a model without its metering (a meter whose
 * recordings do nothing, {@code benchmarks/.../UnmeteredRun.java}): billsim itself has no subclass,
 * and while none is loaded the JIT (class-hierarchy analysis) binds and inlines every call here as
 * it would a final class's.
 */
public class RunMeter {
  private static final int SIGNIFICANT_DIGITS = 3;

  /** The billed memory before anything is billed. */
  private static final long NO_MEMORY = -1;

  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final long horizonNanos;
  private final long warmupNanos;
  private final ConcurrencyMeter concurrency;
  private final Histogram latencyNanos;
  // Null when the run records no time series: one well-predicted test per call, where a no-op
  // meter behind an interface would be a type check.
  private final TimeSeriesMeter series;
  // Each request's wall time and each CPU step go to exactly one of two sums, inside or outside
  // the steady-state window; the totals are their sums, added once at the end: one exact addition
  // per amount instead of two.
  private final ExactSum steadyWallNanos = new ExactSum();
  private final ExactSum warmupWallNanos = new ExactSum();
  private final ExactSum steadyBusyVcpuNanos = new ExactSum();
  private final ExactSum outsideBusyVcpuNanos = new ExactSum();
  private final ExactSum capacityMilliVcpuNanos = new ExactSum();
  // Every model bills one memory size all run (none, for Workers): its billed time is summed alone
  // and multiplied by the memory once, at the end, instead of an exact product per request. Time
  // billed at any other size, which no model does yet, keeps exact sums of its own.
  private long billedMemoryMb = NO_MEMORY;
  private final ExactSum billedAtMemoryNanos = new ExactSum();
  private final ExactSum otherBilledNanos = new ExactSum();
  private final ExactSum otherBilledMbNanos = new ExactSum();
  private final ExactSum instanceNanos = new ExactSum();
  private final ExactSum provisionedMbNanos = new ExactSum();
  private final ExactSum billedProvisionedMbNanos = new ExactSum();
  // Data transfer, metered only when the scenario gives sizes.
  private boolean meterTransfer;
  private final ExactSum bytesIn = new ExactSum();
  private final ExactSum bytesOut = new ExactSum();
  private final ExactSum bytesOutBeyond6Mib = new ExactSum();
  private final ExactSum payloadUnits = new ExactSum();
  // WebSocket gateway figures, metered only when the traffic has WebSockets (replies -1 otherwise).
  private long replies = -1;
  private long connections;
  private final ExactSum connectionNanos = new ExactSum();
  private long connectionMinutes;
  private long longConnections;
  private long framesIn;
  private long replyFrames;
  // A load balancer's load, hour by hour; null unless the platform has one.
  private HourlyLoadMeter loadBalancer;
  private long messages;
  private long staticRequests;
  private long requests;
  private long completed;
  private long errors;
  private long throttled;
  private long invocations;
  private long coldStarts;
  private long maxLatencyNanos;
  private long minLatencyNanos = Long.MAX_VALUE;
  private long nowNanos;
  private int maxInstances;

  /**
   * Creates a meter whose steady-state metrics (latency, concurrency, utilisation) leave out
   * requests that arrive before {@code warmupNanos}; every sum a bill reads counts everything. It
   * records the time series only if {@code timeSeries}; else {@link Usage#timeSeries()} is empty.
   */
  public RunMeter(long warmupNanos, long horizonNanos, boolean timeSeries) {
    this.horizonNanos = horizonNanos;
    this.warmupNanos = warmupNanos;
    this.concurrency = new ConcurrencyMeter(warmupNanos, horizonNanos);
    // Auto-resizing: the range grows to the longest latency seen, a handful of times per run.
    this.latencyNanos = new Histogram(SIGNIFICANT_DIGITS);
    this.series = timeSeries ? new TimeSeriesMeter(horizonNanos, this) : null;
  }

  /**
   * Tells the meter the simulated time now, before an event's recordings: the time at which the
   * time series counts what is recorded, in the bucket it falls in. The recordings that take a time
   * must be given this one.
   */
  public void at(long nowNanos) {
    this.nowNanos = nowNanos;
    if (series != null) {
      series.at(nowNanos);
    }
  }

  /** Records a request arriving. */
  public void arrived() {
    requests++;
  }

  /**
   * Records a request the platform admits and starts at once: {@link #queued} and {@link #invoked}.
   */
  public void admitted(long nowNanos) {
    queued(nowNanos);
    invoked();
  }

  /**
   * Records a request the platform admits: it is in flight from now until it finishes or is
   * abandoned, whether it runs at once or waits. A refused request is never in flight.
   */
  public void queued(long nowNanos) {
    concurrency.increment(nowNanos);
  }

  /** Records an admitted request starting to run: the platform bills it as an invocation. */
  public void invoked() {
    invocations++;
  }

  /**
   * Records an admitted request that gave up waiting and never ran (a queue timeout): counted as
   * {@code outcome}, no longer in flight, no latency recorded.
   */
  public void abandoned(long nowNanos, Outcome outcome) {
    refused(outcome);
    concurrency.decrement(nowNanos);
  }

  /** Records how many instances or environments exist now, for the peak. */
  public void instances(int count) {
    if (count > maxInstances) {
      maxInstances = count;
    }
  }

  /** Records a request refused on arrival: counted, never in flight, never billed. */
  public void refused(Outcome outcome) {
    switch (outcome) {
      case THROTTLED -> throttled++;
      case ERROR -> errors++;
      case COMPLETED -> throw new IllegalArgumentException("a refused request cannot complete");
    }
  }

  /** Records a request that ran leaving the platform, completed or failed. */
  public void finished(long nowNanos, long latency, boolean failed) {
    if (failed) {
      errors++;
    } else {
      completed++;
    }
    if (nowNanos - latency >= warmupNanos) {
      steadyWallNanos.add(latency);
      latencyNanos.recordValue(latency);
      if (latency > maxLatencyNanos) {
        maxLatencyNanos = latency;
      }
      if (latency < minLatencyNanos) {
        minLatencyNanos = latency;
      }
    } else {
      warmupWallNanos.add(latency);
    }
    concurrency.decrement(nowNanos);
  }

  /** Records CPU time a request executes on a vCPU, in a step starting at {@code nowNanos}. */
  public void cpu(long nanos, long nowNanos) {
    if (nowNanos >= warmupNanos && nowNanos < horizonNanos) {
      steadyBusyVcpuNanos.add(nanos);
    } else {
      outsideBusyVcpuNanos.add(nanos);
    }
  }

  /**
   * Records time the platform bills, at the memory it bills it for (0 when memory is not billed).
   */
  public void billed(long nanos, long memoryMb) {
    if (memoryMb == billedMemoryMb) {
      billedAtMemoryNanos.add(nanos);
    } else {
      billedAtAnotherMemory(nanos, memoryMb);
    }
  }

  private void billedAtAnotherMemory(long nanos, long memoryMb) {
    if (memoryMb < 0) {
      throw new IllegalArgumentException("memory must not be negative: " + memoryMb);
    }
    if (billedMemoryMb == NO_MEMORY) {
      billedMemoryMb = memoryMb; // the first billing sets the run's memory
      billedAtMemoryNanos.add(nanos);
    } else {
      otherBilledNanos.add(nanos);
      otherBilledMbNanos.addProduct(nanos, memoryMb);
    }
  }

  /** Records time billed on provisioned capacity, at the memory it is billed for. */
  public void billedProvisioned(long nanos, long memoryMb) {
    billed(nanos, memoryMb);
    billedProvisionedMbNanos.addProduct(nanos, memoryMb);
  }

  /** Records provisioned capacity configured: memory times time. */
  public void provisioned(long nanos, long memoryMb) {
    provisionedMbNanos.addProduct(nanos, memoryMb);
  }

  /** Meters data transfer: the scenario gives sizes. */
  public void meterTransfer() {
    meterTransfer = true;
  }

  /**
   * Records an arriving request's payload, in 512 KiB increments of its request plus response body
   * (at least one), as API Gateway HTTP APIs meter requests.
   */
  public void payload(long requestBytes, long responseBytes) {
    long bytes = requestBytes + responseBytes;
    payloadUnits.add(
        Math.max(1, (bytes + Transfer.PAYLOAD_UNIT_BYTES - 1) / Transfer.PAYLOAD_UNIT_BYTES));
  }

  /**
   * Records the bodies of a request that completed: its request in, and {@code responses} responses
   * of {@code responseBytes} out (one, or a WebSocket message's replies), each its own for Lambda's
   * 6 MiB free streaming.
   */
  public void transferred(long requestBytes, long responseBytes, long responses) {
    bytesIn.add(requestBytes);
    bytesOut.add(responseBytes * responses);
    if (responseBytes > Transfer.FREE_STREAM_BYTES) {
      bytesOutBeyond6Mib.add((responseBytes - Transfer.FREE_STREAM_BYTES) * responses);
    }
  }

  /**
   * Meters WebSocket connections and message frames, with {@code replies} outgoing messages per
   * incoming one: the traffic has WebSockets.
   */
  public void meterWebSockets(long replies) {
    this.replies = replies;
  }

  /** Records an incoming WebSocket message arriving with a body of {@code bytes}. */
  public void messageArrived(long bytes) {
    framesIn += WebSocketUsage.frames(bytes);
  }

  /** Records the replies to an incoming message that completed, each of {@code bytes}. */
  public void replied(long bytes) {
    replyFrames += WebSocketUsage.frames(bytes);
  }

  /** Records a WebSocket connection, opened at {@code openNanos}, closing now. */
  public void connectionClosed(long openNanos) {
    long nanos = nowNanos - openNanos;
    connections++;
    connectionNanos.add(nanos);
    balancedConnection(openNanos);
    connectionMinutes += Math.max(1, (nanos + NANOS_PER_MINUTE - 1) / NANOS_PER_MINUTE);
    if (nanos > WebSocketUsage.GATEWAY_MAX_NANOS) {
      longConnections++;
    }
  }

  /** Meters a load balancer's load hour by hour: the platform has one. */
  public void meterLoadBalancer() {
    loadBalancer = new HourlyLoadMeter(horizonNanos);
  }

  /**
   * Records an HTTP request (or a WebSocket connect) reaching the load balancer now on a new
   * connection, with a body of {@code requestBytes}; nothing without a load balancer.
   */
  public void balancedRequest(long requestBytes) {
    if (loadBalancer != null) {
      loadBalancer.request(nowNanos, requestBytes);
    }
  }

  /** Records bytes the load balancer processes now (a message, a response); nothing without one. */
  public void balancedBytes(long bytes) {
    if (loadBalancer != null) {
      loadBalancer.bytes(nowNanos, bytes);
    }
  }

  /** Records a request's connection to the load balancer, open from {@code openNanos} to now. */
  public void balancedConnection(long openNanos) {
    if (loadBalancer != null) {
      loadBalancer.connection(openNanos, nowNanos);
    }
  }

  /** Records an arriving request that is an incoming WebSocket message. */
  public void message() {
    messages++;
  }

  /** Records a request for a static asset, served without running anything. */
  public void servedStatic() {
    staticRequests++;
  }

  /** Records a cold start. */
  public void coldStart() {
    coldStarts++;
  }

  /**
   * Records the lifetime of an execution environment or instance whose vCPUs are not counted,
   * ending now.
   */
  public void instance(long nanos) {
    instanceNanos.add(nanos);
    if (series != null) {
      series.instance(nowNanos - nanos, nowNanos);
    }
  }

  /**
   * Records an instance or execution environment alive from {@code fromNanos} to {@code toNanos}
   * with {@code milliVcpus} thousandths of a vCPU: its lifetime, and its capacity within the
   * steady-state window, the denominator of utilisation.
   */
  public void instance(long fromNanos, long toNanos, long milliVcpus) {
    instanceNanos.add(toNanos - fromNanos);
    if (series != null) {
      series.instance(fromNanos, toNanos);
    }
    long from = Math.max(fromNanos, warmupNanos);
    long to = Math.min(toNanos, horizonNanos);
    if (to > from) {
      capacityMilliVcpuNanos.addProduct(to - from, milliVcpus);
    }
  }

  /** Returns the number of requests in flight now. */
  public long inFlight() {
    return concurrency.inFlight();
  }

  /** Returns the requests that have arrived so far. */
  long requestsSoFar() {
    return requests;
  }

  /** Returns the area under the number in flight from time 0 to {@code atNanos}, exactly. */
  BigInteger inFlightAreaNanosTo(long atNanos) {
    return concurrency.areaNanosTo(atNanos);
  }

  /** Returns the CPU time recorded so far. */
  BigInteger cpuNanosSoFar() {
    return steadyBusyVcpuNanos.value().add(outsideBusyVcpuNanos.value());
  }

  /** Returns the time billed so far, at every memory size. */
  BigInteger billedNanosSoFar() {
    return billedAtMemoryNanos.value().add(otherBilledNanos.value());
  }

  /** Returns the usage recorded so far; call once the run has drained. */
  public Usage usage() {
    // The series first: its last buckets read the area in flight up to their ends, which the
    // concurrency meter's window (below) moves past.
    TimeSeries timeSeries = series == null ? TimeSeries.EMPTY : series.series();
    BigInteger cpuNanos = cpuNanosSoFar();
    LatencySummary latency =
        latencyNanos.getTotalCount() == 0
            ? LatencySummary.EMPTY
            : new LatencySummary(
                steadyWallNanos.doubleValue() / latencyNanos.getTotalCount(),
                latencyNanos.getValueAtPercentile(50),
                latencyNanos.getValueAtPercentile(90),
                latencyNanos.getValueAtPercentile(99),
                latencyNanos.getValueAtPercentile(99.9),
                maxLatencyNanos);
    return new Usage(
        horizonNanos,
        requests,
        completed,
        errors,
        throttled,
        invocations,
        cpuNanos,
        steadyWallNanos.value().add(warmupWallNanos.value()),
        billedNanosSoFar(),
        billedAtMemoryNanos
            .value()
            .multiply(BigInteger.valueOf(Math.max(0, billedMemoryMb)))
            .add(otherBilledMbNanos.value()),
        coldStarts,
        instanceNanos.value(),
        // A vCPU is busy exactly while it executes a CPU step, on every model so far.
        cpuNanos,
        concurrency.mean(),
        concurrency.max(),
        latency,
        messages,
        staticRequests,
        provisionedMbNanos.value(),
        billedProvisionedMbNanos.value(),
        maxInstances,
        new SteadyState(
            horizonNanos - warmupNanos,
            concurrency.levelNanos(),
            steadyBusyVcpuNanos.value(),
            capacityMilliVcpuNanos.value()),
        LatencyCdf.of(latencyNanos, minLatencyNanos, maxLatencyNanos),
        timeSeries,
        meterTransfer
            ? new Transfer(
                true,
                bytesIn.value(),
                bytesOut.value(),
                bytesOutBeyond6Mib.value(),
                payloadUnits.value())
            : Transfer.NONE,
        replies < 0
            ? WebSocketUsage.NONE
            : new WebSocketUsage(
                true,
                connections,
                connectionNanos.value(),
                connectionMinutes,
                longConnections,
                framesIn,
                replyFrames,
                replies),
        loadBalancer == null ? List.of() : loadBalancer.hours());
  }
}
