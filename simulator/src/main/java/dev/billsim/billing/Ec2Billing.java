package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.Ec2Spec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills an EC2 fleet: instance-hours at the on-demand hourly price, for as long as the instances
 * run, busy or idle. Per-second rounding and the 60-second minimum per launch are applied by the
 * platform model when it meters each instance.
 */
final class Ec2Billing implements BillingRule {
  /** The catalog keys a scenario may override for {@code ec2}. */
  static final List<String> PRICE_KEYS = List.of("usd-per-hour");

  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

  private final Ec2Spec spec;
  private final PriceBook prices;
  private final long monthNanos;

  Ec2Billing(Ec2Spec spec, PriceCatalog catalog, long monthNanos) {
    this.monthNanos = monthNanos;
    this.spec = spec;
    this.prices = new PriceBook(catalog, spec.prices());
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = new BillBuilder(new MonthScale(usage.horizonNanos(), monthNanos));
    BigDecimal hours =
        bill.toMonth(
            new BigDecimal(usage.billedNanos()).divide(NANOS_PER_HOUR, MathContext.DECIMAL128));
    String fleet = spec.count() + " x " + spec.instance().name();
    return bill.perUnit("instance-hours", fleet, hours, "instance-hours", hourlyPrice()).build();
  }

  private Price hourlyPrice() {
    return prices.resolve(onDemandPrice(prices, spec.instance().name()));
  }

  /**
   * Returns the on-demand hourly price of an instance type: the catalog's, or for a custom type the
   * scenario's {@code usd-per-hour}.
   */
  static Price onDemandPrice(PriceBook prices, String instanceName) {
    return prices
        .catalog()
        .instance(instanceName)
        .map(InstanceOffer::usdPerHour)
        .orElseGet(
            () ->
                new Price(
                    "usd-per-hour",
                    prices.override("usd-per-hour"),
                    "USD per instance-hour",
                    PriceBook.SCENARIO_SOURCE,
                    "scenario",
                    "custom instance type"));
  }
}
