package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.CpuShare;
import dev.billsim.platform.FargateSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills an ECS service on Fargate: each task's vCPU-hours and GB-hours at the architecture's
 * on-demand rates less any discount, from launch to stop, busy or idle, and optionally a load
 * balancer. Per-second rounding and the one-minute minimum per task are applied by the platform
 * model when it meters each task.
 */
public final class FargateBilling extends SpecBilling<FargateSpec> {
  /** The catalog keys a scenario may override for {@code fargate}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-vcpu-hour",
          "usd-per-gb-hour",
          "usd-per-lb-hour",
          "usd-per-lcu-hour",
          "data-transfer-usd-per-gb",
          "free-data-transfer-gb");

  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  public FargateBilling(FargateSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    BigDecimal taskHours = bill.toMonth(FleetCharges.hours(new BigDecimal(usage.billedNanos())));
    BigDecimal vcpus = vcpus(spec.cpu());
    BigDecimal gbHours =
        bill.toMonth(
            FleetCharges.hours(new BigDecimal(usage.billedMbNanos()))
                .divide(MB_PER_GB, MathContext.DECIMAL128));
    String size =
        vcpus.stripTrailingZeros().toPlainString()
            + " vCPU, "
            + BigDecimal.valueOf(spec.memoryMb())
                .divide(MB_PER_GB, MathContext.DECIMAL128)
                .stripTrailingZeros()
                .toPlainString()
            + " GB, "
            + spec.arch().key();
    String tasks =
        spec.fleet().scaling() == null
            ? spec.fleet().count() + (spec.fleet().count() == 1 ? " task of " : " tasks of ") + size
            : Ec2Billing.describe(spec.fleet(), "tasks of " + size);
    FleetCharges.capacity(
        bill,
        "vCPU-hours",
        tasks,
        taskHours.multiply(vcpus),
        "vCPU-hours",
        archPrice("fargate.usd-per-vcpu-hour"),
        spec.discount());
    FleetCharges.capacity(
        bill,
        "memory GB-hours",
        "",
        gbHours,
        "GB-hours",
        archPrice("fargate.usd-per-gb-hour"),
        spec.discount());
    if (spec.alb() != null) {
      LoadBalancerCharges.alb(
          bill, prices, usage, spec.alb(), LoadBalancerCharges.Target.INSTANCES);
    }
    DataTransfer.aws(bill, prices, usage);
    return bill.build();
  }

  private Price archPrice(String path) {
    return prices.resolve(prices.catalog().tiers(path + "." + spec.arch().key()).get(0).price());
  }

  /** Returns a CPU share in vCPUs, exactly. */
  static BigDecimal vcpus(CpuShare cpu) {
    return BigDecimal.valueOf(cpu.milliVcpus(), 3);
  }
}
