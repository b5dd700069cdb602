package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.Pool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills Google Cloud Run with request-based billing: vCPU-seconds and GiB-seconds of instance time
 * while at least one request is active (100 ms steps, metered by the platform model), and requests
 * per million; with the free tier, the month's first 180,000 vCPU-s, 360,000 GiB-s and 2 million
 * requests are credited. Minimum instances pay the idle rate for the time they are idle. Requests
 * refused at the maximum number of instances are not billed.
 */
public final class CloudRunBilling extends SpecBilling<CloudRunSpec> {
  /** The catalog keys a scenario may override for {@code cloud-run}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-vcpu-second",
          "usd-per-gib-second",
          "usd-per-million-requests",
          "free-tier-vcpu-seconds",
          "free-tier-gib-seconds",
          "free-tier-requests",
          "idle-usd-per-vcpu-second",
          "idle-usd-per-gib-second",
          "egress-usd-per-gb",
          "free-egress-gb");

  public CloudRunBilling(CloudRunSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    Pool pool = spec.pool();
    BigDecimal vcpus = FargateBilling.vcpus(pool.cpu());
    BigDecimal gib = gib(pool.memoryMb());
    BigDecimal busySeconds = bill.toMonth(new BigDecimal(usage.billedNanos()).movePointLeft(9));
    String size = vcpus.stripTrailingZeros().toPlainString() + " vCPU";
    charge(
        bill,
        "CPU",
        size + ", while serving",
        busySeconds.multiply(vcpus),
        "vCPU-s",
        "cloud-run.usd-per-vcpu-second",
        "free tier: CPU",
        "cloud-run.free-tier-vcpu-seconds");
    charge(
        bill,
        "memory",
        gib.stripTrailingZeros().toPlainString() + " GiB, while serving",
        bill.toMonth(usage.billedGbSeconds()),
        "GiB-s",
        "cloud-run.usd-per-gib-second",
        "free tier: memory",
        "cloud-run.free-tier-gib-seconds");
    bill.perMillion(
        "requests",
        bill.toMonth(BigDecimal.valueOf(usage.invocations())),
        "requests",
        prices.price("cloud-run.usd-per-million-requests"),
        Allowance.FREE_TIER,
        spec.freeTier() ? prices.price("cloud-run.free-tier-requests") : null,
        "free tier: requests");
    if (pool.minInstances() > 0) {
      BigDecimal idleGibSeconds = bill.toMonth(usage.provisionedGbSeconds());
      BigDecimal idleInstanceSeconds = idleGibSeconds.divide(gib, MathContext.DECIMAL128);
      String detail = pool.minInstances() + " min instances, while idle";
      bill.perUnit(
          "idle CPU",
          detail,
          idleInstanceSeconds.multiply(vcpus),
          "vCPU-s",
          prices.price("cloud-run.idle-usd-per-vcpu-second"));
      bill.perUnit(
          "idle memory",
          detail,
          idleGibSeconds,
          "GiB-s",
          prices.price("cloud-run.idle-usd-per-gib-second"));
    }
    BigDecimal gbOut = DataTransfer.gbOut(bill, usage);
    if (gbOut != null) {
      // Premium Tier internet egress; the free 1 GiB is part of the free tier.
      Price free = prices.price("data-transfer.cloud-run.free-egress-gb");
      DataTransfer.afterFree(
          bill,
          gbOut,
          DataTransfer.bands(
              prices, "data-transfer.cloud-run.egress-usd-per-gb.internet", "egress-usd-per-gb"),
          spec.freeTier() ? free : free.overriddenBy(BigDecimal.ZERO, "free-tier: false"),
          Allowance.FREE_TIER,
          "free tier: data transfer out");
    }
    return bill.build();
  }

  private void charge(
      BillBuilder bill,
      String name,
      String detail,
      BigDecimal quantity,
      String unit,
      String pricePath,
      String freeName,
      String freePath) {
    Price price = prices.price(pricePath);
    bill.perUnit(name, detail, quantity, unit, price);
    if (spec.freeTier()) {
      bill.credit(
          Allowance.FREE_TIER, freeName, quantity, prices.price(freePath), unit, price.value());
    }
  }

  /** Returns memory in GiB, exactly. */
  static BigDecimal gib(long memoryMb) {
    return BigDecimal.valueOf(memoryMb).divide(BigDecimal.valueOf(1024), MathContext.DECIMAL128);
  }
}
