package dev.billsim.sweep;

import java.util.Objects;

/**
 * States one stretch of a line sweep on which one platform is the cheapest.
 *
 * @param platform the cheapest platform on the stretch
 * @param firstPoint the index of the first point where it is the cheapest
 * @param lastPoint the index of the last such point
 * @param from where the stretch starts: the first point's axis value, or the crossover before it;
 *     in the axis' common unit, null on a text axis
 * @param to where it ends: the crossover after it, or the last point's value; null on a text axis
 */
public record CheapestInterval(
    String platform, int firstPoint, int lastPoint, Double from, Double to) {
  /** Checks that the stretch holds at least one point. */
  public CheapestInterval {
    Objects.requireNonNull(platform, "platform");
    if (firstPoint < 0 || lastPoint < firstPoint) {
      throw new IllegalArgumentException("an interval holds at least one point");
    }
  }
}
