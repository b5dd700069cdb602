package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.VercelSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills Vercel Functions on Fluid compute with Active CPU pricing: Active CPU hours (CPU steps
 * only, summed exactly), provisioned memory GB-hours (an instance's memory while any request is in
 * flight on it, metered by the platform model) and invocations, each after the plan's included
 * amount.
 *
 * <p>Pro: a monthly fee for one seat, then usage beyond the included amounts, of which the monthly
 * usage credit pays the first dollars (Vercel applies the credit "after their respective included
 * allocations are exceeded"), unless the scenario turns the credit off because the team's other
 * projects spend it. Hobby: free, and its allowances are limits, not credits: beyond them Vercel
 * pauses the project, so the bill stays at zero and says so in a note.
 */
public final class VercelBilling extends SpecBilling<VercelSpec> {
  /** The catalog keys a scenario may override for {@code vercel}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-active-cpu-hour",
          "usd-per-gb-hour",
          "usd-per-million-invocations",
          "usd-per-month",
          "usage-credit-usd",
          "included-active-cpu-hours",
          "included-gb-hours",
          "included-invocations",
          "fast-data-transfer-usd-per-gb",
          "included-fast-data-transfer-gb");

  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  public VercelBilling(VercelSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    return bill(usage, newBill(usage));
  }

  private Bill bill(Usage usage, BillBuilder bill) {
    BigDecimal cpuHours = bill.toMonth(FleetCharges.hours(new BigDecimal(usage.cpuNanos())));
    BigDecimal gbHours =
        bill.toMonth(
            FleetCharges.hours(new BigDecimal(usage.billedMbNanos()))
                .divide(MB_PER_GB, MathContext.DECIMAL128));
    BigDecimal invocations = bill.toMonth(BigDecimal.valueOf(usage.invocations()));
    String plan = "vercel." + spec.plan().key() + ".";
    Price includedCpu = prices.price(plan + "included-active-cpu-hours");
    Price includedGb = prices.price(plan + "included-gb-hours");
    Price includedInvocations = prices.price(plan + "included-invocations");
    if (spec.plan() == VercelSpec.Plan.HOBBY) {
      return hobby(
          bill,
          usage,
          cpuHours,
          gbHours,
          invocations,
          includedCpu,
          includedGb,
          includedInvocations);
    }
    bill.fee("Pro plan", prices.price("vercel.pro.usd-per-month"));
    Price cpuRate = prices.price("vercel.usd-per-active-cpu-hour");
    bill.perUnit("Active CPU", "CPU steps only", cpuHours, "CPU-hours", cpuRate);
    bill.credit(
        Allowance.INCLUDED,
        "included: Active CPU",
        cpuHours,
        includedCpu,
        "CPU-hours",
        cpuRate.value());
    Price gbRate = prices.price("vercel.usd-per-gb-hour");
    bill.perUnit("provisioned memory", memoryDetail(), gbHours, "GB-hours", gbRate);
    bill.credit(
        Allowance.INCLUDED,
        "included: provisioned memory",
        gbHours,
        includedGb,
        "GB-hours",
        gbRate.value());
    bill.perMillion(
        "invocations",
        invocations,
        "invocations",
        prices.price("vercel.usd-per-million-invocations"),
        Allowance.INCLUDED,
        includedInvocations,
        "included: invocations");
    BigDecimal gbOut = DataTransfer.gbOut(bill, usage);
    if (gbOut != null) {
      Price rate = prices.price("data-transfer.vercel.fast-data-transfer-usd-per-gb");
      bill.perUnit(DataTransfer.FAST_NAME, "", gbOut, "GB", rate);
      bill.credit(
          Allowance.INCLUDED,
          "included: " + DataTransfer.FAST_NAME,
          gbOut,
          prices.price("data-transfer.vercel.pro.included-fast-data-transfer-gb"),
          "GB",
          rate.value());
    }
    if (spec.usageCredit()) {
      Price fee = prices.price("vercel.pro.usd-per-month");
      BigDecimal usageUsd = bill.usdSoFar().subtract(fee.value());
      Price credit = prices.price("vercel.pro.usage-credit-usd");
      BigDecimal covered = usageUsd.max(BigDecimal.ZERO).min(credit.value());
      bill.creditUsd(Allowance.USAGE_CREDIT, "usage credit", covered, credit);
    }
    return bill.build();
  }

  private Bill hobby(
      BillBuilder bill,
      Usage usage,
      BigDecimal cpuHours,
      BigDecimal gbHours,
      BigDecimal invocations,
      Price includedCpu,
      Price includedGb,
      Price includedInvocations) {
    bill.free("Active CPU", "CPU steps only", cpuHours, "CPU-hours", includedCpu);
    bill.free("provisioned memory", memoryDetail(), gbHours, "GB-hours", includedGb);
    bill.free("invocations", "", invocations, "invocations", includedInvocations);
    BigDecimal gbOut = DataTransfer.gbOut(bill, usage);
    Price includedGbOut = prices.price("data-transfer.vercel.hobby.included-fast-data-transfer-gb");
    if (gbOut != null) {
      bill.free(DataTransfer.FAST_NAME, "", gbOut, "GB", includedGbOut);
    }
    over(bill, cpuHours, includedCpu, "Active CPU hours");
    over(bill, gbHours, includedGb, "provisioned memory GB-hours");
    over(bill, invocations, includedInvocations, "invocations");
    if (gbOut != null) {
      over(bill, gbOut, includedGbOut, "GB of Fast Data Transfer");
    }
    return bill.build();
  }

  private static void over(BillBuilder bill, BigDecimal used, Price limit, String what) {
    if (used.compareTo(limit.value()) > 0) {
      bill.note(
          "over the Hobby plan's "
              + Thousands.grouped(limit.value().stripTrailingZeros())
              + " "
              + what
              + " a month: Vercel pauses the project until the month ends (Pro bills the excess)");
    }
  }

  private String memoryDetail() {
    return BigDecimal.valueOf(spec.pool().memoryMb())
            .divide(MB_PER_GB, MathContext.DECIMAL128)
            .stripTrailingZeros()
            .toPlainString()
        + " GB per instance, while serving";
  }
}
