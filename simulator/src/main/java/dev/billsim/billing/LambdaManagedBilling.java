package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.LambdaManagedSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills AWS Lambda Managed Instances: $0.20 per million requests, the instances' hours at their
 * price (on-demand less any Savings Plan or reservation discount, or the scenario's {@code
 * usd-per-hour} in its place), and a management fee of 15% of the on-demand price per
 * instance-hour, which no discount reduces. No duration is billed per request, and no free tier
 * applies.
 */
public final class LambdaManagedBilling extends SpecBilling<LambdaManagedSpec> {
  /** The catalog keys a scenario may override for {@code lambda-managed}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-million-requests",
          "usd-per-hour",
          "managed-instances-fee",
          "data-transfer-usd-per-gb",
          "free-data-transfer-gb");

  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

  public LambdaManagedBilling(LambdaManagedSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    BigDecimal hours =
        bill.toMonth(
            new BigDecimal(usage.billedNanos()).divide(NANOS_PER_HOUR, MathContext.DECIMAL128));
    Price onDemand = Ec2Billing.onDemandPrice(prices, spec.instance().name());
    // A prices: {usd-per-hour} override on a catalog type is the price paid, a Savings Plan's
    // already: it replaces on-demand x (1 - discount), and the loader refuses it with a discount.
    // A custom type's usd-per-hour is its on-demand price, which the discount still lowers.
    boolean paidGiven =
        prices.overrides("usd-per-hour")
            && prices.catalog().instance(spec.instance().name()).isPresent();
    Price paid = paidGiven ? prices.resolve(onDemand) : onDemand;
    BigDecimal hourly =
        paidGiven ? paid.value() : paid.value().multiply(BigDecimal.ONE.subtract(spec.discount()));
    String fleet = spec.count() + " x " + spec.instance().name();
    String detail =
        paidGiven || spec.discount().signum() == 0
            ? fleet
            : fleet
                + ", "
                + spec.discount().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% off";
    Price fee = prices.price("lambda.managed-instances-fee");
    bill.perMillion(
            "requests",
            bill.toMonth(BigDecimal.valueOf(usage.invocations())),
            "requests",
            prices.price("lambda.usd-per-million-requests"))
        .item("instance-hours", detail, hours, "instance-hours", hourly, paid)
        .item(
            "management fee",
            fee.value().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of on-demand "
                + onDemand.value().toPlainString(),
            hours,
            "instance-hours",
            onDemand.value().multiply(fee.value()),
            fee);
    DataTransfer.aws(bill, prices, usage);
    return bill.build();
  }
}
