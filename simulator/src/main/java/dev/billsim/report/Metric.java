package dev.billsim.report;

import dev.billsim.meter.Usage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Lists the metrics every report shows, in order: one constant per metric, with its JSON and CSV
 * name and how to read it from a {@link Usage}. The data-transfer metrics ({@link #GB_OUT}, {@link
 * #GB_IN}) are shown only when the scenario gives sizes, so reports of scenarios without sizes keep
 * their fields.
 */
public enum Metric {
  REQUESTS("requests", true, u -> u.requests()),
  COMPLETED("completed", true, u -> u.completed()),
  ERRORS("errors", true, u -> u.errors()),
  THROTTLED("throttled", true, u -> u.throttled()),
  CPU_S("cpu_s", false, u -> Usage.seconds(u.cpuNanos())),
  WALL_S("wall_s", false, u -> Usage.seconds(u.wallNanos())),
  BILLED_S("billed_s", false, u -> Usage.seconds(u.billedNanos())),
  BILLED_GB_S("billed_gb_s", false, u -> u.billedGbSeconds().doubleValue()),
  COLD_STARTS("cold_starts", true, u -> u.coldStarts()),
  INSTANCE_S("instance_s", false, u -> Usage.seconds(u.instanceNanos())),
  BUSY_VCPU_S("busy_vcpu_s", false, u -> Usage.seconds(u.busyVcpuNanos())),
  UTILISATION("utilisation", false, u -> u.steadyState().utilisation()),
  PROVISIONED_GB_S("provisioned_gb_s", false, u -> u.provisionedGbSeconds().doubleValue()),
  MESSAGES("messages", true, u -> u.messages()),
  STATIC_REQUESTS("static_requests", true, u -> u.staticRequests()),
  /**
   * The share of requests' wall time not spent executing CPU: waiting on I/O, but also queueing,
   * cold starts and CPU slowed by a fraction of a vCPU. What Workers do not bill and Lambda does.
   */
  IO_SHARE("io_share", false, Metric::ioShare),
  /** Execution environments or instances alive on average over the horizon. */
  INSTANCES_MEAN(
      "instances_mean",
      false,
      u -> Usage.seconds(u.instanceNanos()) / Usage.seconds(BigInteger.valueOf(u.horizonNanos()))),
  /** The most execution environments or instances alive at once. */
  INSTANCES_MAX("instances_max", true, u -> u.maxInstances()),
  /** Response bodies sent by requests that completed, in GB of 2^30 bytes (sizes only). */
  GB_OUT("gb_out", false, u -> u.transfer().gbOut().doubleValue(), true),
  /** Request bodies received by requests that completed, in GB of 2^30 bytes (sizes only). */
  GB_IN(
      "gb_in",
      false,
      u ->
          new BigDecimal(u.transfer().bytesIn())
              .divide(dev.billsim.meter.Transfer.BYTES_PER_GB, MathContext.DECIMAL64)
              .doubleValue(),
      true);

  /** Latency percentiles, as JSON names under {@code latency_ms} and their values. */
  static final List<String> LATENCY_NAMES = List.of("mean", "p50", "p90", "p99", "p999", "max");

  private final String key;
  private final boolean count;
  private final ToDoubleFunction<Usage> reader;
  private final boolean transfer;

  Metric(String key, boolean count, ToDoubleFunction<Usage> reader) {
    this(key, count, reader, false);
  }

  Metric(String key, boolean count, ToDoubleFunction<Usage> reader, boolean transfer) {
    this.key = key;
    this.count = count;
    this.reader = reader;
    this.transfer = transfer;
  }

  /** Returns the metrics shown: all but the data-transfer ones unless {@code transfer}. */
  public static List<Metric> shown(boolean transfer) {
    return java.util.Arrays.stream(values()).filter(m -> transfer || !m.transfer).toList();
  }

  /** Returns the metrics shown for a usage: with data transfer when it was metered. */
  public static List<Metric> shown(Usage usage) {
    return shown(usage.transfer().measured());
  }

  /** Returns the name in JSON and CSV. */
  public String key() {
    return key;
  }

  /** Returns whether the metric counts things (printed as an integer). */
  public boolean isCount() {
    return count;
  }

  /** Reads the metric. */
  public double of(Usage usage) {
    return reader.applyAsDouble(usage);
  }

  private static double ioShare(Usage usage) {
    if (usage.wallNanos().signum() == 0) {
      return 0.0;
    }
    // Exact to the last digit printed: 1 - cpu / wall in decimal, then one rounding to double.
    BigDecimal cpu = new BigDecimal(usage.cpuNanos());
    BigDecimal wall = new BigDecimal(usage.wallNanos());
    return BigDecimal.ONE.subtract(cpu.divide(wall, MathContext.DECIMAL64)).doubleValue();
  }

  /** Returns the latency figures in milliseconds, in the order of {@link #LATENCY_NAMES}. */
  static double[] latencyMillis(Usage usage) {
    var l = usage.latency();
    return new double[] {
      l.meanNanos() / 1e6,
      l.p50Nanos() / 1e6,
      l.p90Nanos() / 1e6,
      l.p99Nanos() / 1e6,
      l.p999Nanos() / 1e6,
      l.maxNanos() / 1e6
    };
  }
}
