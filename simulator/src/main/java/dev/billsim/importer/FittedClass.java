package dev.billsim.importer;

import org.HdrHistogram.Histogram;

/**
 * Summarises one class's recorded requests as distributions: CPU, I/O and response size, each a
 * table of percentiles from a histogram with three significant digits (values within 0.1%), in
 * bounded memory however many requests.
 */
final class FittedClass {
  private static final double[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9};

  private final Recorded cpuNanos = new Recorded();
  private final Recorded ioNanos = new Recorded();
  private final Recorded bytes = new Recorded();
  private long requests;

  /**
   * A histogram and the exact least and greatest values: a histogram knows them only to its bucket,
   * and a fitted distribution must not reach below or above what was recorded.
   */
  static final class Recorded {
    final Histogram histogram = new Histogram(3);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    void record(long value) {
      histogram.recordValue(value);
      min = Math.min(min, value);
      max = Math.max(max, value);
    }

    long count() {
      return histogram.getTotalCount();
    }
  }

  void add(long cpu, long io, long responseBytes) {
    cpuNanos.record(cpu);
    ioNanos.record(io);
    bytes.record(responseBytes);
    requests++;
  }

  long requests() {
    return requests;
  }

  String cpu() {
    return distribution(cpuNanos, "ns");
  }

  String io() {
    return distribution(ioNanos, "ns");
  }

  String responseSize() {
    return distribution(bytes, "B");
  }

  /**
   * Writes a histogram as a duration or size: fixed when every value is the same, else {@code
   * {empirical: {percentiles: {p0: ..., p100: ...}}}}, interpolated linearly between the points.
   */
  static String distribution(Recorded r, String unit) {
    Histogram h = r.histogram;
    long min = r.min;
    long max = r.max;
    if (min == max) {
      return min + unit;
    }
    StringBuilder text =
        new StringBuilder("{empirical: {percentiles: {p0: ").append(min).append(unit);
    long previous = min;
    for (double p : PERCENTILES) {
      // A histogram's value at a percentile is the top of its bucket: kept within the range and
      // never below the point before, as the format requires.
      long v = Math.max(previous, Math.min(max, h.getValueAtPercentile(p)));
      text.append(", p")
          .append(p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p))
          .append(": ")
          .append(v)
          .append(unit);
      previous = v;
    }
    return text.append(", p100: ").append(max).append(unit).append("}}}").toString();
  }
}
