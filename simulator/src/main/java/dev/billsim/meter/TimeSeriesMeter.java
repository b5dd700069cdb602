package dev.billsim.meter;

import java.math.BigInteger;

/**
 * Records a {@link TimeSeries} as a run goes: a cursor on the current bucket, moved forward as
 * simulated time passes, and one preallocated array per series.
 *
 * <p>Nothing is allocated per call. Time only moves forward in a run, so finding the bucket of
 * "now" is a comparison with the current bucket's end, not a division; a time earlier than the
 * cursor (which a run never gives) counts in the current bucket. The amounts the run's meter sums
 * anyway (arrivals, CPU, billed time) are not recorded per request: the cursor reads the meter's
 * totals as it passes each bucket's end, and a bucket's amount is the difference between its two
 * ends, exactly. An instance's life, which may span many buckets, is added in constant time: its
 * partial first and last buckets directly, the whole buckets between them as +1 and -1 in a
 * difference array summed once at the end.
 */
final class TimeSeriesMeter {
  /** The bucket widths, smallest first: round numbers a chart's time axis reads well in. */
  private static final long[] WIDTHS_SECONDS = {
    1, 2, 5, 10, 15, 30, 60, 120, 300, 360, 600, 900, 1200, 1800, 3600
  };

  /** The most buckets a horizon is cut into, unless that would need buckets wider than an hour. */
  static final int MAX_BUCKETS = 240;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final RunMeter totals;
  private final long horizonNanos;
  private final long bucketNanos;
  private final int last;
  private final double[] instancePartialNanos;
  private final long[] wholeInstanceDiff;
  // The meter's totals when each bucket began (bucket 0: nothing yet), and in the slot after the
  // last bucket when the run ended (the area in flight: at the horizon), so that every bucket's
  // amount is its next slot less its own. Exact integers, where a double sum would round past 2^53
  // ns; a few objects per bucket, none per request.
  private final long[] requestsAtStart;
  private final BigInteger[] cpuNanosAtStart;
  private final BigInteger[] billedNanosAtStart;
  private final BigInteger[] inFlightAreaAtStart;
  private int bucket;
  private long bucketStartNanos;
  private long bucketEndNanos;

  /**
   * Creates a meter for a run whose arrivals stop at {@code horizonNanos}, reading the amounts'
   * running totals from {@code totals}.
   */
  TimeSeriesMeter(long horizonNanos, RunMeter totals) {
    this.totals = totals;
    this.horizonNanos = horizonNanos;
    this.bucketNanos = widthFor(horizonNanos);
    int buckets = (int) ((horizonNanos + bucketNanos - 1) / bucketNanos);
    this.last = buckets - 1;
    this.instancePartialNanos = new double[buckets];
    this.wholeInstanceDiff = new long[buckets + 1];
    this.requestsAtStart = new long[buckets + 1];
    this.cpuNanosAtStart = new BigInteger[buckets + 1];
    this.billedNanosAtStart = new BigInteger[buckets + 1];
    this.inFlightAreaAtStart = new BigInteger[buckets + 1];
    startBucket(0, 0, BigInteger.ZERO, BigInteger.ZERO);
    inFlightAreaAtStart[0] = BigInteger.ZERO;
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

  /**
   * Moves the cursor to {@code nowNanos}, reading the totals each bucket it passes ends with; call
   * before recording anything at {@code nowNanos}.
   */
  void at(long nowNanos) {
    if (nowNanos >= bucketEndNanos && bucket < last) {
      passBucketEnds(nowNanos);
    }
  }

  // Out of line: once a bucket, not once an event.
  private void passBucketEnds(long nowNanos) {
    // Nothing is metered while the cursor moves: every bucket passed starts from the same totals.
    long requests = totals.requestsSoFar();
    BigInteger cpuNanos = totals.cpuNanosSoFar();
    BigInteger billedNanos = totals.billedNanosSoFar();
    while (nowNanos >= bucketEndNanos && bucket < last) {
      // The area under the number in flight is the concurrency meter's, up to the bucket's end:
      // no change after it has been recorded yet.
      inFlightAreaAtStart[bucket + 1] = totals.inFlightAreaNanosTo(bucketEndNanos);
      bucket++;
      bucketStartNanos = bucketEndNanos;
      bucketEndNanos = Math.min(bucketEndNanos + bucketNanos, horizonNanos);
      startBucket(bucket, requests, cpuNanos, billedNanos);
    }
  }

  private void startBucket(int i, long requests, BigInteger cpuNanos, BigInteger billedNanos) {
    requestsAtStart[i] = requests;
    cpuNanosAtStart[i] = cpuNanos;
    billedNanosAtStart[i] = billedNanos;
  }

  /** Records an instance alive from {@code fromNanos} to {@code toNanos}, cut at the horizon. */
  void instance(long fromNanos, long toNanos) {
    long from = Math.max(0, fromNanos);
    long to = Math.min(toNanos, horizonNanos);
    if (to <= from) {
      return;
    }
    if (from >= bucketStartNanos && to <= bucketEndNanos) {
      // The common case, without a division: a life within the cursor's bucket, as an object's
      // busy period that ends now mostly is.
      instancePartialNanos[bucket] += to - from;
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
    int buckets = last + 1;
    // The last bucket ends with the run: what is metered while it drains counts there. Its level
    // in flight ends at the horizon, as the concurrency meter's window does.
    startBucket(buckets, totals.requestsSoFar(), totals.cpuNanosSoFar(), totals.billedNanosSoFar());
    inFlightAreaAtStart[buckets] = totals.inFlightAreaNanosTo(horizonNanos);
    double[] meanInFlight = new double[buckets];
    double[] instanceNanos = new double[buckets];
    long[] requests = new long[buckets];
    double[] cpuNanos = new double[buckets];
    double[] billedNanos = new double[buckets];
    long whole = 0;
    for (int i = 0; i < buckets; i++) {
      long length = Math.min(bucketNanos, horizonNanos - i * bucketNanos);
      meanInFlight[i] =
          inFlightAreaAtStart[i + 1].subtract(inFlightAreaAtStart[i]).doubleValue() / length;
      whole += wholeInstanceDiff[i];
      instanceNanos[i] = instancePartialNanos[i] + (double) whole * bucketNanos;
      requests[i] = requestsAtStart[i + 1] - requestsAtStart[i];
      cpuNanos[i] = cpuNanosAtStart[i + 1].subtract(cpuNanosAtStart[i]).doubleValue();
      billedNanos[i] = billedNanosAtStart[i + 1].subtract(billedNanosAtStart[i]).doubleValue();
    }
    return new TimeSeries(
        bucketNanos, horizonNanos, meanInFlight, instanceNanos, requests, cpuNanos, billedNanos);
  }
}
