package dev.billsim.workload;

import java.util.Objects;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Takes a step's duration from a column of the trace row that produced the arrival: a recorded
 * duration replayed as it was, in the given unit. Only steps of traffic replayed from a trace may
 * use it; it is not a distribution to sample from.
 *
 * @param unitNanos nanoseconds per unit of the column's values
 */
public record ColumnDuration(String column, long unitNanos) implements DurationDistribution {
  /** Checks the column and unit. */
  public ColumnDuration {
    Objects.requireNonNull(column, "column");
    if (unitNanos <= 0) {
      throw new IllegalArgumentException("unit must be positive: " + unitNanos);
    }
  }

  @Override
  public long capNanos() {
    return NO_CAP;
  }

  /** Refuses: a column has no distribution, only the rows of a trace. */
  @Override
  public RealDistribution distribution() {
    throw new UnsupportedOperationException("a trace column is read per row, not sampled");
  }

  /** Refuses: a column is read per row, see {@link #sampler(java.util.List, double[])}. */
  @Override
  public ContinuousSampler uncappedSampler(UniformRandomProvider random) {
    throw new UnsupportedOperationException("a trace column is read per row, not sampled");
  }

  /** Returns NaN: the mean of a column is a property of the trace, not of the scenario. */
  @Override
  public double cappedMeanNanos(double capNanos) {
    return Double.NaN;
  }

  @Override
  public String describe() {
    return "{column: " + column + "}";
  }

  /** Returns a sampler reading the column of the current row, rounded to the nanosecond. */
  StepSampler sampler(java.util.List<String> columns, double[] attributes) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalStateException("column " + column + " is not read from the trace");
    }
    double unit = unitNanos;
    return () ->
        Math.min(
            DurationSampler.MAX_SAMPLE_NANOS, Math.max(0, Math.round(attributes[index] * unit)));
  }
}
