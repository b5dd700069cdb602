package dev.billsim.platform;

import java.util.Objects;

/**
 * Says how requests pick a Durable Object: uniformly among the objects, by a Zipf law (a few hot
 * objects, a long tail), or by a trace column's value (a room or tenant id), taken modulo the
 * number of objects.
 *
 * @param exponent the Zipf exponent s, with P(object k) proportional to 1 / k^s (ZIPF only)
 * @param column the trace column (COLUMN only)
 */
public record ObjectKeys(Kind kind, double exponent, String column) {
  /** Names the ways of picking an object. */
  public enum Kind {
    /** Every object equally likely. */
    UNIFORM,
    /** Object k with probability proportional to 1 / k^s. */
    ZIPF,
    /** The value of a trace column, modulo the number of objects. */
    COLUMN
  }

  /** Checks the parameters of the kind. */
  public ObjectKeys {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.ZIPF && !(exponent > 0 && Double.isFinite(exponent))) {
      throw new IllegalArgumentException("a Zipf exponent must be positive: " + exponent);
    }
    if (kind == Kind.COLUMN) {
      Objects.requireNonNull(column, "column");
    }
  }

  /** Returns uniform keys. */
  public static ObjectKeys uniform() {
    return new ObjectKeys(Kind.UNIFORM, 0, null);
  }
}
