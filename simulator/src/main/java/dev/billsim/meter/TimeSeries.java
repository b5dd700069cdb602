package dev.billsim.meter;

import java.util.Arrays;

/**
 * States how a run's load and usage moved over simulated time, in equal buckets from time 0 to the
 * horizon (the last one shorter when the width does not divide the horizon): the coarse series
 * behind a report's charts.
 *
 * <p>Levels ({@link #meanInFlight}, {@link #meanInstances}) are time-averages over each bucket, up
 * to the horizon, as the steady-state metrics are (the drain after it is left out). Amounts ({@link
 * #requests}, {@link #cpuNanos}, {@link #billedNanos}, {@link #instanceNanos}) are counted in the
 * bucket of the simulated time they were metered at: arrivals when they arrive, CPU when its step
 * starts, billed time when the platform bills it (a Lambda invocation when it ends, a pool's
 * instance when it goes idle or at the horizon), instance time over each instance's life. What is
 * metered after the horizon, while the run drains, counts in the last bucket. Amounts are doubles:
 * they weigh bills across time and are never money themselves.
 */
public final class TimeSeries {
  /** The series of a run that kept none (a sweep's points): no buckets. */
  public static final TimeSeries EMPTY =
      new TimeSeries(1, 0, new double[0], new double[0], new long[0], new double[0], new double[0]);

  private final long bucketNanos;
  private final long horizonNanos;
  private final double[] meanInFlight;
  private final double[] instanceNanos;
  private final long[] requests;
  private final double[] cpuNanos;
  private final double[] billedNanos;

  TimeSeries(
      long bucketNanos,
      long horizonNanos,
      double[] meanInFlight,
      double[] instanceNanos,
      long[] requests,
      double[] cpuNanos,
      double[] billedNanos) {
    this.bucketNanos = bucketNanos;
    this.horizonNanos = horizonNanos;
    this.meanInFlight = meanInFlight.clone();
    this.instanceNanos = instanceNanos.clone();
    this.requests = requests.clone();
    this.cpuNanos = cpuNanos.clone();
    this.billedNanos = billedNanos.clone();
  }

  /**
   * Returns the series with these buckets: one read back from where another process wrote it (the
   * arrays are those of the accessors, bucket by bucket).
   *
   * @throws IllegalArgumentException if the arrays are not one value per bucket of the horizon
   */
  public static TimeSeries of(
      long bucketNanos,
      long horizonNanos,
      double[] meanInFlight,
      double[] instanceNanos,
      long[] requests,
      double[] cpuNanos,
      double[] billedNanos) {
    int buckets = requests.length;
    if (bucketNanos < 1
        || horizonNanos < 0
        || meanInFlight.length != buckets
        || instanceNanos.length != buckets
        || cpuNanos.length != buckets
        || billedNanos.length != buckets) {
      throw new IllegalArgumentException("a time series has one value of each kind per bucket");
    }
    return buckets == 0
        ? EMPTY
        : new TimeSeries(
            bucketNanos,
            horizonNanos,
            meanInFlight,
            instanceNanos,
            requests,
            cpuNanos,
            billedNanos);
  }

  /** Returns the simulated span the buckets cover; the last bucket may be shorter. */
  public long horizonNanos() {
    return horizonNanos;
  }

  /** Returns the number of buckets; 0 for {@link #EMPTY}. */
  public int buckets() {
    return requests.length;
  }

  /** Returns the width of every bucket but perhaps the last. */
  public long bucketNanos() {
    return bucketNanos;
  }

  /** Returns the simulated time bucket {@code i} starts at. */
  public long startNanos(int i) {
    return i * bucketNanos;
  }

  /** Returns the length of bucket {@code i}: the width, or less for a last bucket cut short. */
  public long lengthNanos(int i) {
    return Math.min(bucketNanos, horizonNanos - startNanos(i));
  }

  /** Returns the time-average number of requests in flight in bucket {@code i}. */
  public double meanInFlight(int i) {
    return meanInFlight[i];
  }

  /** Returns the time-average number of instances or environments alive in bucket {@code i}. */
  public double meanInstances(int i) {
    return instanceNanos[i] / lengthNanos(i);
  }

  /** Returns the instance time (instances alive times time) in bucket {@code i}. */
  public double instanceNanos(int i) {
    return instanceNanos[i];
  }

  /** Returns the requests that arrived in bucket {@code i}. */
  public long requests(int i) {
    return requests[i];
  }

  /** Returns the CPU time of steps that started in bucket {@code i}. */
  public double cpuNanos(int i) {
    return cpuNanos[i];
  }

  /** Returns the time the platform billed in bucket {@code i}. */
  public double billedNanos(int i) {
    return billedNanos[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeSeries s
        && bucketNanos == s.bucketNanos
        && horizonNanos == s.horizonNanos
        && Arrays.equals(meanInFlight, s.meanInFlight)
        && Arrays.equals(instanceNanos, s.instanceNanos)
        && Arrays.equals(requests, s.requests)
        && Arrays.equals(cpuNanos, s.cpuNanos)
        && Arrays.equals(billedNanos, s.billedNanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(requests) * 31 + Long.hashCode(bucketNanos);
  }

  @Override
  public String toString() {
    return "TimeSeries[" + buckets() + " buckets of " + bucketNanos + " ns]";
  }
}
