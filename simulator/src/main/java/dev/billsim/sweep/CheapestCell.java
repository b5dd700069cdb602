package dev.billsim.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * States the cheapest platform at one cell of a grid sweep and its margin over the runner-up.
 *
 * @param row the index of the first axis' value (the grid's row)
 * @param column the index of the second axis' value (the grid's column)
 * @param platform the cheapest platform
 * @param usd its monthly total
 * @param runnerUp the second cheapest platform; null when the scenario has only one
 * @param runnerUpUsd the runner-up's monthly total; null when there is none
 */
public record CheapestCell(
    int row, int column, String platform, BigDecimal usd, String runnerUp, BigDecimal runnerUpUsd) {
  /** Checks that the cheapest platform and its total are present. */
  public CheapestCell {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(usd, "usd");
    if ((runnerUp == null) != (runnerUpUsd == null)) {
      throw new IllegalArgumentException("a runner-up needs its total, and only then");
    }
  }

  /**
   * Returns the share of the runner-up's bill that the cheapest saves, from 0 (a tie) to 1 (free
   * against paid): {@code (runnerUp - cheapest) / runnerUp}; 0 with no runner-up or when both are
   * free. A share of the larger bill, not of the smaller, so that a free platform does not divide
   * by zero.
   */
  public BigDecimal margin() {
    if (runnerUpUsd == null || runnerUpUsd.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return runnerUpUsd.subtract(usd).divide(runnerUpUsd, MathContext.DECIMAL64);
  }
}
