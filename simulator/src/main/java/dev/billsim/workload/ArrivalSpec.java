package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/** Describes how requests (or, with sessions, users) arrive: one record per arrival process. */
public sealed interface ArrivalSpec
    permits ArrivalSpec.Poisson,
        ArrivalSpec.Constant,
        ArrivalSpec.Diurnal,
        ArrivalSpec.Bursty,
        ArrivalSpec.Stages,
        ArrivalSpec.Trace {

  /** Returns the process's name in a scenario file. */
  ArrivalKind kind();

  /**
   * Creates the process of one run: arrivals before {@code horizonNanos}, drawn from {@code
   * random}; a trace writes the values of {@code columns} of each arrival's row into {@code
   * attributes}.
   */
  ArrivalProcess create(
      long horizonNanos, UniformRandomProvider random, List<String> columns, double[] attributes);

  /** Returns the expected number of arrivals in [from, to), for checks and statistics. */
  double expectedArrivals(long fromNanos, long toNanos);

  /** Poisson arrivals at a constant mean rate. */
  record Poisson(Rate rate) implements ArrivalSpec {
    /** Checks the rate. */
    public Poisson {
      Objects.requireNonNull(rate, "rate");
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.POISSON;
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new PoissonArrivals(rate, horizonNanos, random);
    }

    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      return rate.perSecond() * SimTime.seconds(toNanos - fromNanos);
    }
  }

  /** Evenly spaced arrivals: exactly round(rate x horizon), the k-th at k / rate. */
  record Constant(Rate rate) implements ArrivalSpec {
    /** Checks the rate. */
    public Constant {
      Objects.requireNonNull(rate, "rate");
    }

    /**
     * Returns whether arrivals at this rate can be spaced exactly: its interval's fraction must fit
     * a {@code long}, which a rate of up to 18 significant digits does.
     */
    public boolean canSpaceExactly() {
      return ConstantArrivals.canSpace(rate);
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.CONSTANT;
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new ConstantArrivals(rate, horizonNanos);
    }

    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      return rate.perSecond() * SimTime.seconds(toNanos - fromNanos);
    }
  }

  /**
   * Poisson arrivals following a 24-hour profile around a mean rate: a smooth curve ({@code
   * peakToTrough}, {@code peakHour}) or 24 hourly weights, times optional weekly weights.
   *
   * @param peakToTrough the smooth curve's peak rate over its trough rate (NaN with hourly weights)
   * @param peakHour the hour of the smooth curve's peak, UTC, 0 to 24
   * @param hourly 24 relative weights, or empty for the smooth curve
   * @param weekly 7 relative weights from Monday, or empty
   */
  record Diurnal(
      Rate mean, double peakToTrough, double peakHour, List<Double> hourly, List<Double> weekly)
      implements ArrivalSpec {
    /** Checks the profile. */
    public Diurnal {
      Objects.requireNonNull(mean, "mean");
      hourly = List.copyOf(hourly);
      weekly = List.copyOf(weekly);
      if (hourly.isEmpty() && !(peakToTrough >= 1)) {
        throw new IllegalArgumentException("peak-to-trough must be at least 1: " + peakToTrough);
      }
      if (!hourly.isEmpty() && hourly.size() != 24) {
        throw new IllegalArgumentException("hourly needs 24 weights, got " + hourly.size());
      }
      if (!weekly.isEmpty() && weekly.size() != 7) {
        throw new IllegalArgumentException("weekly needs 7 weights, got " + weekly.size());
      }
      if (hourly.stream().anyMatch(w -> !(w >= 0)) || weekly.stream().anyMatch(w -> !(w >= 0))) {
        throw new IllegalArgumentException("weights must not be negative");
      }
      if ((!hourly.isEmpty() && hourly.stream().mapToDouble(w -> w).sum() == 0)
          || (!weekly.isEmpty() && weekly.stream().mapToDouble(w -> w).sum() == 0)) {
        throw new IllegalArgumentException("weights must not all be zero");
      }
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.DIURNAL;
    }

    /** Returns the rate profile. */
    RateFunction rate() {
      return new DiurnalRate(mean, peakToTrough, peakHour, hourly, weekly);
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new ThinnedPoissonArrivals(rate(), horizonNanos, random);
    }

    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      return rate().expectedArrivals(fromNanos, toNanos);
    }
  }

  /**
   * A two-state Markov-modulated Poisson process: calm and burst rates, each state held for an
   * exponential time with the given mean.
   */
  record Bursty(Rate calmRate, Rate burstRate, long calmTimeNanos, long burstTimeNanos)
      implements ArrivalSpec {
    /** Checks the states. */
    public Bursty {
      Objects.requireNonNull(calmRate, "calmRate");
      Objects.requireNonNull(burstRate, "burstRate");
      if (calmTimeNanos <= 0 || burstTimeNanos <= 0) {
        throw new IllegalArgumentException("mean state times must be positive");
      }
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.BURSTY;
    }

    /** Returns the long-run mean rate per second: the rates weighted by time in each state. */
    public double meanPerSecond() {
      double calm = calmTimeNanos;
      double burst = burstTimeNanos;
      return (calmRate.perSecond() * calm + burstRate.perSecond() * burst) / (calm + burst);
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new BurstyArrivals(this, horizonNanos, random);
    }

    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      return meanPerSecond() * SimTime.seconds(toNanos - fromNanos);
    }
  }

  /** One k6-style stage: ramp linearly to {@code targetPerSecond} over {@code durationNanos}. */
  record Stage(long durationNanos, double targetPerSecond) {
    /** Checks a positive duration and a target of zero or more. */
    public Stage {
      if (durationNanos <= 0) {
        throw new IllegalArgumentException("a stage needs a positive duration");
      }
      if (!(targetPerSecond >= 0) || Double.isInfinite(targetPerSecond)) {
        throw new IllegalArgumentException(
            "a stage target must be zero or more: " + targetPerSecond);
      }
    }
  }

  /** Poisson arrivals whose rate ramps linearly through stages, then holds the last target. */
  record Stages(double startPerSecond, List<Stage> stages) implements ArrivalSpec {
    /** Checks at least one stage. */
    public Stages {
      stages = List.copyOf(stages);
      if (stages.isEmpty()) {
        throw new IllegalArgumentException("stages needs at least one stage");
      }
      if (!(startPerSecond >= 0)) {
        throw new IllegalArgumentException("the start rate must be zero or more");
      }
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.STAGES;
    }

    /** Returns the rate schedule. */
    RateFunction rate() {
      return new StagesRate(startPerSecond, stages);
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new ThinnedPoissonArrivals(rate(), horizonNanos, random);
    }

    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      return rate().expectedArrivals(fromNanos, toNanos);
    }
  }

  /**
   * Replays a CSV trace's arrival times.
   *
   * @param speed how much faster than recorded to replay (2 halves every gap)
   * @param loop whether to replay the trace again until the horizon
   */
  record Trace(TraceFile file, double speed, boolean loop) implements ArrivalSpec {
    /** Checks the speed. */
    public Trace {
      Objects.requireNonNull(file, "file");
      if (!(speed > 0) || Double.isInfinite(speed)) {
        throw new IllegalArgumentException("speed must be positive: " + speed);
      }
      if (loop && file.spanNanos() == 0) {
        throw new IllegalArgumentException("a trace whose rows share one timestamp cannot loop");
      }
    }

    @Override
    public ArrivalKind kind() {
      return ArrivalKind.TRACE;
    }

    @Override
    public ArrivalProcess create(
        long horizonNanos,
        UniformRandomProvider random,
        List<String> columns,
        double[] attributes) {
      return new TraceArrivals(this, horizonNanos, columns, attributes);
    }

    /**
     * Estimates from the trace's mean rate (rows per span, in replay time); exact for a full pass.
     */
    @Override
    public double expectedArrivals(long fromNanos, long toNanos) {
      double replaySpan = Math.max(1, file.spanNanos() / speed);
      double perNanos = file.rows() / replaySpan;
      double window = toNanos - fromNanos;
      return loop ? perNanos * window : Math.min(file.rows(), perNanos * window);
    }
  }
}
