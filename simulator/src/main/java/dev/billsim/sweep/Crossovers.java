package dev.billsim.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, along a line sweep, which platform is the cheapest where, and where the cheapest changes.
 *
 * <p>At each point the cheapest platform is the one with the lowest monthly total (the first in the
 * scenario's order on a tie). Between two neighbouring points with different cheapest platforms A
 * and B, each platform's cost is taken to move along a straight line, in the axis' value for an
 * even axis or in its logarithm for a log range (the lines a chart draws), and the crossover is
 * where A's and B's lines meet. Only A and B are compared there: a third platform cheapest only
 * between two points is not seen, and neither is a crossing back and forth between them; a finer
 * sweep finds both. On a text axis the crossover is between the two points, at no value.
 *
 * <p>A pure function of its inputs: money stays exact ({@link BigDecimal}), and the crossing's
 * place is computed with {@link StrictMath}, so it is the same on every machine.
 */
public final class Crossovers {
  private final List<CheapestInterval> intervals;
  private final List<Crossover> crossovers;

  private Crossovers(List<CheapestInterval> intervals, List<Crossover> crossovers) {
    this.intervals = List.copyOf(intervals);
    this.crossovers = List.copyOf(crossovers);
  }

  /**
   * Finds the crossovers of a line sweep (one axis), from each row's mean total over its
   * replications.
   */
  public static Crossovers of(SweepResult result) {
    if (result.axes().size() != 1) {
      throw new IllegalArgumentException("crossovers are found along a line: one axis");
    }
    Axis axis = result.axes().get(0);
    List<String> platforms = result.platforms();
    int points = axis.values().size();
    BigDecimal[][] usd = new BigDecimal[points][platforms.size()];
    for (SweepRow row : result.rows()) {
      usd[row.point().index()][platforms.indexOf(row.platform())] = row.meanTotalUsd();
    }
    double[] xs = null;
    if (axis.kind().isQuantity()) {
      xs = new double[points];
      for (int i = 0; i < points; i++) {
        xs[i] = axis.number(i).doubleValue();
      }
    }
    return find(platforms, xs, axis.log(), usd);
  }

  /**
   * Finds the cheapest platform at each point and the crossovers between them.
   *
   * @param platforms the platforms, in the order that breaks ties
   * @param xs each point's axis value, in order along the line; null for a text axis
   * @param log whether to interpolate in the logarithm of the values (all above zero)
   * @param usd the monthly total of each platform at each point: {@code usd[point][platform]}
   */
  public static Crossovers find(
      List<String> platforms, double[] xs, boolean log, BigDecimal[][] usd) {
    int points = usd.length;
    if (points == 0 || platforms.isEmpty() || (xs != null && xs.length != points)) {
      throw new IllegalArgumentException("need at least one point and a value per point");
    }
    int[] cheapest = new int[points];
    for (int p = 0; p < points; p++) {
      cheapest[p] = cheapest(usd[p]);
    }
    List<Crossover> crossovers = new ArrayList<>();
    List<CheapestInterval> intervals = new ArrayList<>();
    int first = 0;
    Double from = xs == null ? null : xs[0];
    for (int p = 0; p + 1 < points; p++) {
      int a = cheapest[p];
      int b = cheapest[p + 1];
      if (a == b) {
        continue;
      }
      Crossover crossover = cross(platforms, xs, log, usd, p, a, b);
      crossovers.add(crossover);
      intervals.add(new CheapestInterval(platforms.get(a), first, p, from, crossover.at()));
      first = p + 1;
      from = crossover.at();
    }
    intervals.add(
        new CheapestInterval(
            platforms.get(cheapest[points - 1]),
            first,
            points - 1,
            from,
            xs == null ? null : xs[points - 1]));
    return new Crossovers(intervals, crossovers);
  }

  /** Returns the index of the lowest total, the first on a tie. */
  static int cheapest(BigDecimal[] usd) {
    int best = 0;
    for (int i = 1; i < usd.length; i++) {
      if (usd[i].compareTo(usd[best]) < 0) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Meets A's and B's lines between points p and p + 1. With d = A - B, d(p) <= 0 and d(p + 1) >=
   * 0; along the segment d moves linearly in t from 0 to 1, so it is zero at t = -d(p) / (d(p + 1)
   * - d(p)), which lies in [0, 1]. The value there is x(p) + t (x(p + 1) - x(p)), or the same in
   * logarithms for a log axis; the cost is A's (equal to B's) at t.
   */
  private static Crossover cross(
      List<String> platforms, double[] xs, boolean log, BigDecimal[][] usd, int p, int a, int b) {
    if (xs == null) {
      return new Crossover(p, platforms.get(a), platforms.get(b), null, null);
    }
    BigDecimal before = usd[p][a].subtract(usd[p][b]);
    BigDecimal after = usd[p + 1][a].subtract(usd[p + 1][b]);
    BigDecimal span = after.subtract(before);
    BigDecimal t =
        span.signum() == 0 ? BigDecimal.ZERO : before.negate().divide(span, MathContext.DECIMAL64);
    double share = t.doubleValue();
    double at;
    if (log) {
      double lo = StrictMath.log(xs[p]);
      double hi = StrictMath.log(xs[p + 1]);
      at = StrictMath.exp(lo + share * (hi - lo));
    } else {
      at = xs[p] + share * (xs[p + 1] - xs[p]);
    }
    BigDecimal cost = usd[p][a].add(usd[p + 1][a].subtract(usd[p][a]).multiply(t));
    return new Crossover(p, platforms.get(a), platforms.get(b), at, cost);
  }

  /** Returns the stretches, in order along the line; together they hold every point. */
  public List<CheapestInterval> intervals() {
    return intervals;
  }

  /** Returns the crossovers, in order along the line: one between each two stretches. */
  public List<Crossover> crossovers() {
    return crossovers;
  }
}
