package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.List;

/**
 * A 24-hour rate profile, optionally weighted by day of the week: either a smooth curve (a cosine
 * with its peak at {@code peakHour} and the given peak-to-trough ratio) or 24 hourly weights (a
 * step per hour). Simulated time 0 is Monday 00:00 UTC.
 *
 * <p>The profile is normalised so that its mean over a day, and over a week when weekly weights are
 * given, is the stated mean rate: the smooth curve is mean (1 + a cos(2 pi (h - peak) / 24)) with a
 * = (R - 1) / (R + 1) for a peak-to-trough ratio R, whose daily mean is exactly the mean.
 */
final class DiurnalRate implements RateFunction {
  private static final long DAY = SimTime.NANOS_PER_DAY;
  private static final long HOUR = SimTime.NANOS_PER_HOUR;

  private final double meanPerNanos;
  private final double amplitude;
  private final double peakHour;
  private final double[] hourlyFactor;
  private final double[] weeklyFactor;

  /**
   * Creates a smooth or hourly profile.
   *
   * @param peakToTrough the smooth curve's ratio of peak to trough rate, or NaN with hourly weights
   * @param hourlyWeights 24 relative weights, or empty for the smooth curve
   * @param weeklyWeights 7 relative weights from Monday, or empty for every day alike
   */
  DiurnalRate(
      Rate mean,
      double peakToTrough,
      double peakHour,
      List<Double> hourlyWeights,
      List<Double> weeklyWeights) {
    this.meanPerNanos = mean.perSecond() / SimTime.NANOS_PER_SECOND;
    this.amplitude = hourlyWeights.isEmpty() ? (peakToTrough - 1) / (peakToTrough + 1) : 0;
    this.peakHour = peakHour;
    this.hourlyFactor = normalised(hourlyWeights);
    this.weeklyFactor = normalised(weeklyWeights);
  }

  /** Returns weights divided by their mean, so that they average 1; empty stays empty. */
  private static double[] normalised(List<Double> weights) {
    double mean = weights.stream().mapToDouble(Double::doubleValue).average().orElse(1);
    return weights.stream().mapToDouble(w -> w / mean).toArray();
  }

  @Override
  public double perNanos(long timeNanos) {
    return meanPerNanos * dayFactor(timeNanos) * hourFactor(timeNanos);
  }

  /** Windows are hours: the hourly steps and the bound follow them. */
  @Override
  public long windowEndNanos(long timeNanos) {
    return (timeNanos / HOUR + 1) * HOUR;
  }

  @Override
  public double boundPerNanos(long timeNanos) {
    double hour =
        hourlyFactor.length > 0 ? hourlyFactor[hourOfDay(timeNanos)] : smoothMaxInHour(timeNanos);
    return meanPerNanos * dayFactor(timeNanos) * hour;
  }

  @Override
  public double expectedArrivals(long fromNanos, long toNanos) {
    double total = 0;
    for (long t = fromNanos; t < toNanos; ) {
      long end = Math.min(windowEndNanos(t), toNanos);
      total += meanPerNanos * dayFactor(t) * hourIntegral(t, end);
      t = end;
    }
    return total;
  }

  /** Returns the integral of the hour factor over [a, b) within one hour, in nanoseconds. */
  private double hourIntegral(long a, long b) {
    if (hourlyFactor.length > 0) {
      return hourlyFactor[hourOfDay(a)] * (b - a);
    }
    // Integral of 1 + A cos(w (t - t_peak)) is (b - a) + (A / w) [sin(w (b - t_peak)) - sin(w (a -
    // t_peak))].
    double w = 2 * Math.PI / DAY;
    double peak = peakHour * HOUR;
    double dayStart = Math.floorDiv(a, DAY) * (double) DAY;
    double x = a - dayStart - peak;
    double y = b - dayStart - peak;
    return (b - a) + amplitude / w * (Math.sin(w * y) - Math.sin(w * x));
  }

  private double hourFactor(long timeNanos) {
    if (hourlyFactor.length > 0) {
      return hourlyFactor[hourOfDay(timeNanos)];
    }
    double hours = (timeNanos % DAY) / (double) HOUR;
    return 1 + amplitude * Math.cos(2 * Math.PI * (hours - peakHour) / 24);
  }

  /**
   * Returns the largest smooth factor in the hour of {@code timeNanos}: at an end or at the peak.
   */
  private double smoothMaxInHour(long timeNanos) {
    long start = timeNanos / HOUR * HOUR;
    double startHour = (start % DAY) / (double) HOUR;
    double peakOffset = ((peakHour - startHour) % 24 + 24) % 24;
    if (peakOffset <= 1) {
      return 1 + amplitude;
    }
    return Math.max(hourFactor(start), hourFactor(start + HOUR - 1));
  }

  private double dayFactor(long timeNanos) {
    return weeklyFactor.length == 0 ? 1 : weeklyFactor[(int) ((timeNanos / DAY) % 7)];
  }

  private static int hourOfDay(long timeNanos) {
    return (int) ((timeNanos % DAY) / HOUR);
  }
}
