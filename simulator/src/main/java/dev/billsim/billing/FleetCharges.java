package dev.billsim.billing;

import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Prices what EC2 and Fargate fleets share: capacity at an on-demand rate less a Savings Plan or
 * reservation discount.
 */
final class FleetCharges {
  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(SimTime.NANOS_PER_HOUR);

  private FleetCharges() {}

  /** Returns exact hours of a nanosecond count. */
  static BigDecimal hours(BigDecimal nanos) {
    return nanos.divide(NANOS_PER_HOUR, MathContext.DECIMAL128);
  }

  /** Adds capacity at {@code price}, less {@code discount} (0 for none), shown in the detail. */
  static void capacity(
      BillBuilder bill,
      String name,
      String detail,
      BigDecimal quantity,
      String unit,
      Price price,
      BigDecimal discount) {
    if (discount.signum() == 0) {
      bill.perUnit(name, detail, quantity, unit, price);
      return;
    }
    String off = discount.movePointRight(2).stripTrailingZeros().toPlainString() + "% off";
    bill.item(
        name,
        detail.isEmpty() ? off : detail + ", " + off,
        quantity,
        unit,
        price.value().multiply(BigDecimal.ONE.subtract(discount)),
        price);
  }
}
