package dev.billsim.meter;

import java.util.Arrays;

/**
 * Records a {@link TimeSeries} as a run goes: a cursor on the current bucket, moved forward as
 * simulated time passes, and one preallocated array per series.
 *
 * <p>Nothing is allocated per call. Time only moves forward in a run, so finding the bucket of
 * "now" is a comparison with the current bucket's end, not a division; a time earlier than the
 * cursor (which a run never gives) counts in the current bucket. An instance's life, which may span
 * many buckets, is added in constant time: its partial first and last buckets directly, the whole
 * buckets between them as +1 and -1 in a difference array summed once at the end.
 */
final class TimeSeriesMeter {
  /** The bucket widths, smallest first: round numbers a chart's time axis reads well in. */
  private static final long[] WIDTHS_SECONDS = {
    1, 2, 5, 10, 15, 30, 60, 120, 300, 360, 600, 900, 1200, 1800, 3600
  };

  /** The most buckets a horizon is cut into, unless that would need buckets wider than an hour. */
  static final int MAX_BUCKETS = 240;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long horizonNanos;
  private final long bucketNanos;
  private final int last;
  private final double[] inFlightArea;
  private final double[] instancePartialNanos;
  private final long[] wholeInstanceDiff;
  private final long[] requests;
  // Whole nanoseconds, summed as integers: exact, where a double sum rounds past 2^53 ns.
  private final long[] cpuNanos;
  private final long[] billedNanos;
  private int bucket;
  private long bucketEndNanos;
  private long markNanos;
  private long inFlight;

  /** Creates a meter for a run whose arrivals stop at {@code horizonNanos}. */
  TimeSeriesMeter(long horizonNanos) {
    this.horizonNanos = horizonNanos;
    this.bucketNanos = widthFor(horizonNanos);
    int buckets = (int) ((horizonNanos + bucketNanos - 1) / bucketNanos);
    this.last = buckets - 1;
    this.inFlightArea = new double[buckets];
    this.instancePartialNanos = new double[buckets];
    this.wholeInstanceDiff = new long[buckets + 1];
    this.requests = new long[buckets];
    this.cpuNanos = new long[buckets];
    this.billedNanos = new long[buckets];
    this.bucketEndNanos = Math.min(bucketNanos, horizonNanos);
  }

  /**
   * Returns the narrowest width that cuts the horizon into at most {@link #MAX_BUCKETS} buckets, or
   * an hour for a horizon longer than {@code MAX_BUCKETS} hours (so that every bucket falls within
   * one hour of the day).
   */
  static long widthFor(long horizonNanos) {
    for (long seconds : WIDTHS_SECONDS) {
      long width = seconds * NANOS_PER_SECOND;
      if ((horizonNanos + width - 1) / width <= MAX_BUCKETS) {
        return width;
      }
    }
    return WIDTHS_SECONDS[WIDTHS_SECONDS.length - 1] * NANOS_PER_SECOND;
  }

  /** Moves the cursor to {@code nowNanos}, closing the in-flight area of each bucket it passes. */
  void at(long nowNanos) {
    while (nowNanos >= bucketEndNanos && bucket < last) {
      inFlightArea[bucket] += (double) inFlight * (bucketEndNanos - markNanos);
      markNanos = bucketEndNanos;
      bucket++;
      bucketEndNanos = Math.min(bucketEndNanos + bucketNanos, horizonNanos);
    }
  }

  /** Records the number in flight changing by {@code delta} at {@code nowNanos}. */
  void inFlight(long nowNanos, int delta) {
    at(nowNanos);
    long to = Math.min(nowNanos, horizonNanos);
    if (to > markNanos) {
      inFlightArea[bucket] += (double) inFlight * (to - markNanos);
      markNanos = to;
    }
    inFlight += delta;
  }

  /** Records an arrival in the current bucket. */
  void arrived() {
    requests[bucket]++;
  }

  /** Records CPU time of a step starting at {@code nowNanos}. */
  void cpu(long nanos, long nowNanos) {
    at(nowNanos);
    cpuNanos[bucket] += nanos;
  }

  /** Records time billed now, in the current bucket. */
  void billed(long nanos) {
    billedNanos[bucket] += nanos;
  }

  /** Records an instance alive from {@code fromNanos} to {@code toNanos}, cut at the horizon. */
  void instance(long fromNanos, long toNanos) {
    long from = Math.max(0, fromNanos);
    long to = Math.min(toNanos, horizonNanos);
    if (to <= from) {
      return;
    }
    int first = (int) (from / bucketNanos);
    int end = (int) ((to - 1) / bucketNanos);
    if (first == end) {
      instancePartialNanos[first] += to - from;
      return;
    }
    instancePartialNanos[first] += (first + 1) * bucketNanos - from;
    instancePartialNanos[end] += to - (long) end * bucketNanos;
    wholeInstanceDiff[first + 1]++;
    wholeInstanceDiff[end]--;
  }

  /** Returns the series recorded; call once the run has drained. */
  TimeSeries series() {
    at(horizonNanos);
    inFlight(horizonNanos, 0);
    int buckets = last + 1;
    double[] meanInFlight = new double[buckets];
    double[] instanceNanos = new double[buckets];
    long whole = 0;
    for (int i = 0; i < buckets; i++) {
      long length = Math.min(bucketNanos, horizonNanos - i * bucketNanos);
      meanInFlight[i] = inFlightArea[i] / length;
      whole += wholeInstanceDiff[i];
      instanceNanos[i] = instancePartialNanos[i] + (double) whole * bucketNanos;
    }
    return new TimeSeries(
        bucketNanos,
        horizonNanos,
        meanInFlight,
        instanceNanos,
        requests,
        Arrays.stream(cpuNanos).asDoubleStream().toArray(),
        Arrays.stream(billedNanos).asDoubleStream().toArray());
  }
}
