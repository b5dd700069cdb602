package dev.billsim.sweep;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * States where the cheapest platform changes along a line sweep: between two neighbouring points,
 * where the two platforms' cost lines cross.
 *
 * @param afterPoint the index of the point before the crossing (the next point is after it)
 * @param from the platform cheapest before the crossing
 * @param to the platform cheapest after it
 * @param at the axis value where the lines cross, in the axis' common unit ({@link Axis#number});
 *     null on a text axis, which has no values between its points
 * @param usd both platforms' monthly total there, on the interpolated lines; null on a text axis
 */
public record Crossover(int afterPoint, String from, String to, Double at, BigDecimal usd) {
  /** Checks that the crossing is between two different platforms. */
  public Crossover {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to) || afterPoint < 0) {
      throw new IllegalArgumentException("a crossover is between two platforms, after a point");
    }
  }
}
