package dev.billsim.sweep;

import dev.billsim.meter.LatencySummary;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Lists the latency figures a sweep can name the fastest setting by: the mean and the percentiles
 * every report shows, each read from a {@link LatencySummary} in nanoseconds.
 */
public enum LatencyFigure {
  MEAN("mean", LatencySummary::meanNanos),
  P50("p50", l -> l.p50Nanos()),
  P90("p90", l -> l.p90Nanos()),
  P99("p99", l -> l.p99Nanos()),
  P999("p999", l -> l.p999Nanos());

  private final String key;
  private final ToDoubleFunction<LatencySummary> nanos;

  LatencyFigure(String key, ToDoubleFunction<LatencySummary> nanos) {
    this.key = key;
    this.nanos = nanos;
  }

  /** Returns the figure's name, as written on the command line and in reports: {@code p99}. */
  public String key() {
    return key;
  }

  /** Reads the figure from a summary, in nanoseconds. */
  public double nanos(LatencySummary latency) {
    return nanos.applyAsDouble(latency);
  }

  /** Returns the figure named {@code key} (any case), or null. */
  public static LatencyFigure of(String key) {
    return Arrays.stream(values())
        .filter(f -> f.key.equals(key.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElse(null);
  }

  /** Returns the names of all figures, for messages: {@code mean, p50, p90, p99, p999}. */
  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(LatencyFigure::key).toList());
  }
}
