package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.List;

/**
 * A k6-style rate schedule: stages of a given duration, each ramping linearly from the previous
 * target (or the start rate) to its own; after the last stage the rate stays at its target.
 */
final class StagesRate implements RateFunction {
  private final long[] endsNanos;
  private final double[] fromPerNanos;
  private final double[] toPerNanos;

  StagesRate(double startPerSecond, List<ArrivalSpec.Stage> stages) {
    int n = stages.size();
    endsNanos = new long[n];
    fromPerNanos = new double[n];
    toPerNanos = new double[n];
    long end = 0;
    double from = startPerSecond / SimTime.NANOS_PER_SECOND;
    for (int i = 0; i < n; i++) {
      end += stages.get(i).durationNanos();
      endsNanos[i] = end;
      fromPerNanos[i] = from;
      toPerNanos[i] = stages.get(i).targetPerSecond() / SimTime.NANOS_PER_SECOND;
      from = toPerNanos[i];
    }
  }

  @Override
  public double perNanos(long timeNanos) {
    return rateInStage(stage(timeNanos), timeNanos);
  }

  /** Returns the rate of stage i's ramp at a time in or at the end of that stage. */
  private double rateInStage(int i, long timeNanos) {
    if (i == endsNanos.length) {
      return toPerNanos[i - 1];
    }
    long start = i == 0 ? 0 : endsNanos[i - 1];
    double fraction = (timeNanos - start) / (double) (endsNanos[i] - start);
    return fromPerNanos[i] + fraction * (toPerNanos[i] - fromPerNanos[i]);
  }

  @Override
  public long windowEndNanos(long timeNanos) {
    int i = stage(timeNanos);
    return i == endsNanos.length ? Long.MAX_VALUE : endsNanos[i];
  }

  @Override
  public double boundPerNanos(long timeNanos) {
    int i = stage(timeNanos);
    return i == endsNanos.length ? toPerNanos[i - 1] : Math.max(fromPerNanos[i], toPerNanos[i]);
  }

  /** Integrates the piecewise-linear rate exactly: the trapezoid of each piece. */
  @Override
  public double expectedArrivals(long fromNanos, long toNanos) {
    double total = 0;
    for (long t = fromNanos; t < toNanos; ) {
      int i = stage(t);
      long end = Math.min(windowEndNanos(t), toNanos);
      total += (rateInStage(i, t) + rateInStage(i, end)) / 2 * (end - t);
      t = end;
    }
    return total;
  }

  private int stage(long timeNanos) {
    int i = 0;
    while (i < endsNanos.length && timeNanos >= endsNanos[i]) {
      i++;
    }
    return i;
  }
}
