package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.Fleet;
import java.math.BigDecimal;
import java.util.List;

/**
 * Bills an EC2 fleet: instance-hours at the on-demand hourly price less any discount, for as long
 * as the instances run, busy or idle, and optionally a load balancer. Per-second rounding and the
 * 60-second minimum per launch are applied by the platform model when it meters each instance.
 */
public final class Ec2Billing extends SpecBilling<Ec2Spec> {
  /** The catalog keys a scenario may override for {@code ec2}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-hour",
          "usd-per-lb-hour",
          "usd-per-lcu-hour",
          "data-transfer-usd-per-gb",
          "free-data-transfer-gb");

  public Ec2Billing(Ec2Spec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    BigDecimal hours = bill.toMonth(FleetCharges.hours(new BigDecimal(usage.billedNanos())));
    FleetCharges.capacity(
        bill,
        "instance-hours",
        describe(spec.fleet(), spec.instance().name()),
        hours,
        "instance-hours",
        hourlyPrice(prices, spec.instance().name()),
        spec.discount());
    if (spec.alb() != null) {
      LoadBalancerCharges.alb(
          bill, prices, usage, spec.alb(), LoadBalancerCharges.Target.INSTANCES);
    }
    DataTransfer.aws(bill, prices, usage);
    return bill.build();
  }

  /** Describes a fleet of instances for a bill: "2 x m7g.large" or "m7g.large, 2 to 8". */
  static String describe(Fleet fleet, String what) {
    if (fleet.scaling() == null) {
      return fleet.count() + " x " + what;
    }
    return what + ", autoscaled " + fleet.scaling().min() + " to " + fleet.scaling().max();
  }

  /**
   * Returns the hourly price paid for an instance type: the catalog's unless the scenario's {@code
   * prices: {usd-per-hour}} overrides it, or for a custom type its own {@code usd-per-hour}.
   */
  static Price hourlyPrice(PriceBook prices, String instanceName) {
    Price onDemand = onDemandPrice(prices, instanceName);
    return prices.catalog().instance(instanceName).isPresent()
        ? prices.resolve(onDemand)
        : onDemand;
  }

  /**
   * Returns the on-demand hourly price of an instance type: the catalog's, or for a custom type the
   * scenario's {@code usd-per-hour}, whose source says it is a custom instance.
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
                    PriceBook.CUSTOM_INSTANCE_SOURCE,
                    Price.SCENARIO,
                    "a custom instance type the scenario describes (vcpus, memory,"
                        + " usd-per-hour)"));
  }
}
