package dev.billsim.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Describes all the traffic of a scenario: the horizon over which requests arrive, how they arrive,
 * and the request classes they are drawn from.
 *
 * @param extraColumns trace columns read by something other than the steps (a platform's routing
 *     key)
 */
public record Workload(
    long horizonNanos,
    long warmupNanos,
    Traffic traffic,
    List<RequestClass> classes,
    List<String> extraColumns) {
  /**
   * Checks a positive horizon, a warm-up shorter than it, and at least one request class with a
   * unique name.
   */
  public Workload {
    if (horizonNanos <= 0) {
      throw new IllegalArgumentException("horizon must be positive: " + horizonNanos);
    }
    if (warmupNanos < 0 || warmupNanos >= horizonNanos) {
      throw new IllegalArgumentException("warm-up must be in [0, horizon): " + warmupNanos);
    }
    Objects.requireNonNull(traffic, "traffic");
    classes = List.copyOf(classes);
    extraColumns = List.copyOf(extraColumns);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("a workload needs at least one request class");
    }
    if (classes.stream().map(RequestClass::name).distinct().count() != classes.size()) {
      throw new IllegalArgumentException("request class names must be unique");
    }
  }

  /** Creates a workload whose trace columns are only those its steps read. */
  public Workload(long horizonNanos, Traffic traffic, List<RequestClass> classes) {
    this(horizonNanos, 0, traffic, classes, List.of());
  }

  /**
   * Returns the trace columns the run reads: those of the steps (an LLM call's tokens, a recorded
   * duration), then {@code extraColumns} (a Durable Object's key), in first-use order.
   */
  public List<String> traceColumns() {
    List<String> columns = new ArrayList<>(traceColumns(classes));
    extraColumns.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
    return columns;
  }

  /** Returns the trace columns the steps of these classes read, in first-use order. */
  public static List<String> traceColumns(List<RequestClass> classes) {
    List<String> columns = new ArrayList<>();
    for (RequestClass c : classes) {
      for (Step step : c.steps()) {
        String column = null;
        if (step instanceof Step.Llm llm
            && llm.tokens() instanceof CountDistribution.Column token) {
          column = token.name();
        } else if (step instanceof Step.Compute cpu && cpu.duration() instanceof ColumnDuration d) {
          column = d.column();
        } else if (step instanceof Step.Wait io && io.duration() instanceof ColumnDuration d) {
          column = d.column();
        }
        if (column != null && !columns.contains(column)) {
          columns.add(column);
        }
      }
      for (DurationDistribution size :
          new DurationDistribution[] {c.requestSize(), c.responseSize()}) {
        if (size instanceof ColumnDuration d && !columns.contains(d.column())) {
          columns.add(d.column());
        }
      }
    }
    return columns;
  }

  /** Returns whether any request class gives a request or a response size. */
  public boolean hasSizes() {
    return classes.stream().anyMatch(RequestClass::hasSizes);
  }

  /**
   * Returns the longs a request's record holds: its step durations ({@link #maxSteps()} slots),
   * then, when the scenario gives sizes, its request and its response size in bytes.
   */
  public int recordSlots() {
    return maxSteps() + (hasSizes() ? SIZE_SLOTS : 0);
  }

  /** The slots of a request's sizes after its steps: request bytes, then response bytes. */
  public static final int SIZE_SLOTS = 2;

  /** Returns the largest number of steps of any request class. */
  public int maxSteps() {
    return classes.stream().mapToInt(c -> c.steps().size()).max().orElseThrow();
  }

  /** Returns each class's share of arrivals, its weight over the sum of weights. */
  public double share(int classIndex) {
    double total = classes.stream().mapToDouble(RequestClass::weight).sum();
    return classes.get(classIndex).weight() / total;
  }

  /**
   * Returns the expected number of requests over the horizon: arrivals, times a session's mean
   * interactions with sessions; with WebSockets, the connects only (their messages depend on how
   * long connections stay open). An estimate, for load-time checks and progress.
   */
  public double expectedRequests() {
    double arrivals = traffic.arrivals().expectedArrivals(0, horizonNanos);
    return traffic.hasSessions() ? arrivals * traffic.sessions().interactions().mean() : arrivals;
  }

  /** Returns the expected CPU time of a request, over the class mix, in nanoseconds. */
  public double meanCpuNanos() {
    double mean = 0;
    for (int i = 0; i < classes.size(); i++) {
      mean += share(i) * classes.get(i).meanCpuNanos();
    }
    return mean;
  }

  /** Returns the expected I/O time of a request, over the class mix, in nanoseconds. */
  public double meanIoNanos() {
    double mean = 0;
    for (int i = 0; i < classes.size(); i++) {
      mean += share(i) * classes.get(i).meanIoNanos();
    }
    return mean;
  }
}
