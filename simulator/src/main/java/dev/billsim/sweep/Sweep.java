package dev.billsim.sweep;

import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * States a sweep: a parsed scenario, values fixed for every point ({@code --set}), the axes that
 * vary ({@code --vary}), a seed that replaces the scenario's (or null), and how the best value of a
 * platform's own setting is named.
 *
 * @param fixed values by parameter name, the same at every point
 * @param tuning the rule naming the fastest and balanced settings ({@link Tuning})
 */
public record Sweep(
    ScenarioTemplate template,
    Map<String, String> fixed,
    List<Axis> axes,
    Long seed,
    TuningRule tuning) {
  /** The most axes a sweep has: a line or a grid. */
  public static final int MAX_AXES = 2;

  /** The most points a sweep runs, so that a typo in a range cannot start a week of simulation. */
  public static final int MAX_POINTS = 10_000;

  /** Checks that axes are distinct, not fixed, and at most {@link #MAX_AXES}. */
  public Sweep {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(tuning, "tuning");
    // Insertion order, not Map.copyOf's: sweep.json lists the fixed values as they were given.
    fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    axes = List.copyOf(axes);
    if (axes.isEmpty() || axes.size() > MAX_AXES) {
      throw new IllegalArgumentException("a sweep has one or two axes: " + axes.size());
    }
    if (axes.stream().map(Axis::name).distinct().count() != axes.size()) {
      throw new IllegalArgumentException("an axis is given twice");
    }
    for (Axis axis : axes) {
      if (fixed.containsKey(axis.name())) {
        throw new IllegalArgumentException(axis.name() + " is both fixed and varied");
      }
    }
    if (pointCount(axes) > MAX_POINTS) {
      throw new IllegalArgumentException("more than " + MAX_POINTS + " points");
    }
  }

  /** Creates a sweep whose settings are named by the default rule. */
  public Sweep(ScenarioTemplate template, Map<String, String> fixed, List<Axis> axes, Long seed) {
    this(template, fixed, axes, seed, TuningRule.DEFAULT);
  }

  /** Returns the number of points the axes span: the product of their sizes. */
  public static long pointCount(List<Axis> axes) {
    long count = 1;
    for (Axis axis : axes) {
      count *= axis.values().size();
    }
    return count;
  }

  /** Returns every point, row-major: the last axis changes fastest. */
  public List<SweepPoint> points() {
    int count = (int) pointCount(axes);
    List<SweepPoint> points = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      // Mixed-radix digits of the index, most significant first: the first axis is outermost.
      Integer[] digits = new Integer[axes.size()];
      int rest = index;
      for (int a = axes.size() - 1; a >= 0; a--) {
        int size = axes.get(a).values().size();
        digits[a] = rest % size;
        rest /= size;
      }
      List<String> values = new ArrayList<>();
      for (int a = 0; a < axes.size(); a++) {
        values.add(axes.get(a).values().get(digits[a]));
      }
      points.add(new SweepPoint(index, List.of(digits), values));
    }
    return points;
  }

  /** Returns every parameter value that differs from its default at a point: fixed, then axes. */
  public Map<String, String> values(SweepPoint point) {
    Map<String, String> values = new LinkedHashMap<>(fixed);
    for (int a = 0; a < axes.size(); a++) {
      values.put(axes.get(a).name(), point.values().get(a));
    }
    return values;
  }

  /** Describes a point for messages, e.g. {@code rate=50/s, memory=512MB}. */
  public String label(SweepPoint point) {
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < axes.size(); a++) {
      parts.add(axes.get(a).name() + "=" + point.values().get(a));
    }
    return String.join(", ", parts);
  }

  /** Loads the scenario at a point: the file with this point's values substituted. */
  public Scenario scenario(SweepPoint point) throws ScenarioException {
    Scenario scenario = template.instantiate(values(point));
    return seed == null ? scenario : scenario.withSeed(seed);
  }
}
