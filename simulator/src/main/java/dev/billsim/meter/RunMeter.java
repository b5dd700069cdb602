package dev.billsim.meter;

import org.HdrHistogram.Histogram;

/**
 * Accumulates a run's usage as events happen; {@link #usage()} freezes it.
 *
 * <p>Every recording method is a few additions on primitive fields, plus one histogram update per
 * finished request: nothing is allocated per call once the histogram spans the run's latencies.
 */
public final class RunMeter {
  private static final int SIGNIFICANT_DIGITS = 3;

  private final long horizonNanos;
  private final ConcurrencyMeter concurrency;
  private final Histogram latencyNanos;
  private final ExactSum cpuNanos = new ExactSum();
  private final ExactSum wallNanos = new ExactSum();
  private final ExactSum billedNanos = new ExactSum();
  private final ExactSum billedMbNanos = new ExactSum();
  private final ExactSum instanceNanos = new ExactSum();
  private final ExactSum provisionedMbNanos = new ExactSum();
  private final ExactSum billedProvisionedMbNanos = new ExactSum();
  private long messages;
  private long staticRequests;
  private long requests;
  private long completed;
  private long errors;
  private long throttled;
  private long invocations;
  private long coldStarts;
  private long maxLatencyNanos;
  private int maxInstances;

  /** Creates a meter for a run whose arrivals stop at {@code horizonNanos}. */
  public RunMeter(long horizonNanos) {
    this.horizonNanos = horizonNanos;
    this.concurrency = new ConcurrencyMeter(horizonNanos);
    // Auto-resizing: the range grows to the longest latency seen, a handful of times per run.
    this.latencyNanos = new Histogram(SIGNIFICANT_DIGITS);
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
    wallNanos.add(latency);
    latencyNanos.recordValue(latency);
    if (latency > maxLatencyNanos) {
      maxLatencyNanos = latency;
    }
    concurrency.decrement(nowNanos);
  }

  /** Records CPU time a request executed on a vCPU. */
  public void cpu(long nanos) {
    cpuNanos.add(nanos);
  }

  /**
   * Records time the platform bills, at the memory it bills it for (0 when memory is not billed).
   */
  public void billed(long nanos, long memoryMb) {
    billedNanos.add(nanos);
    billedMbNanos.addProduct(nanos, memoryMb);
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

  /** Records the lifetime of an execution environment or instance. */
  public void instance(long nanos) {
    instanceNanos.add(nanos);
  }

  /** Returns the number of requests in flight now. */
  public long inFlight() {
    return concurrency.inFlight();
  }

  /** Returns the usage recorded so far; call once the run has drained. */
  public Usage usage() {
    LatencySummary latency =
        latencyNanos.getTotalCount() == 0
            ? LatencySummary.EMPTY
            : new LatencySummary(
                wallNanos.doubleValue() / latencyNanos.getTotalCount(),
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
        cpuNanos.value(),
        wallNanos.value(),
        billedNanos.value(),
        billedMbNanos.value(),
        coldStarts,
        instanceNanos.value(),
        // A vCPU is busy exactly while it executes a CPU step, on every model so far.
        cpuNanos.value(),
        concurrency.mean(),
        concurrency.max(),
        latency,
        messages,
        staticRequests,
        provisionedMbNanos.value(),
        billedProvisionedMbNanos.value(),
        maxInstances);
  }
}
