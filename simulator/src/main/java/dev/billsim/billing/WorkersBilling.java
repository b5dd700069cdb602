package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.WorkersSpec;
import java.math.BigDecimal;
import java.util.List;

/**
 * Bills Cloudflare Workers on the Standard usage model: a $5 monthly subscription that includes 10
 * million requests and 30 million CPU-ms, then $0.30 per million requests and $0.02 per million
 * CPU-ms. CPU time is exact per request (Cloudflare states no rounding; its examples use exact
 * arithmetic). Wall time, I/O waits and subrequests are not billed. The free plan costs nothing;
 * its limits are enforced by the platform model.
 */
public final class WorkersBilling extends SpecBilling<WorkersSpec> {
  /** The catalog keys a scenario may override for {@code workers}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-month",
          "included-requests",
          "usd-per-million-requests",
          "included-cpu-ms",
          "usd-per-million-cpu-ms",
          "data-transfer-usd-per-gb");

  private static final String STANDARD = "workers.standard.";
  private static final int NANOS_PER_MS_DIGITS = 6;

  public WorkersBilling(WorkersSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    // "WebSocket messages routed through a Worker do not count as requests"; static assets are
    // free.
    BigDecimal requests = bill.toMonth(BigDecimal.valueOf(usage.invocations() - usage.messages()));
    BigDecimal cpuMs =
        bill.toMonth(new BigDecimal(usage.billedNanos()).movePointLeft(NANOS_PER_MS_DIGITS));
    if (spec.plan() == WorkersSpec.Plan.FREE) {
      bill.free(
              "requests",
              "free plan",
              requests,
              "requests",
              prices.price("workers.free.requests-per-day"))
          .free(
              "CPU time",
              "free plan",
              cpuMs,
              "CPU-ms",
              prices.price("workers.free.cpu-ms-per-request"))
          .note("Workers Free: no charge; requests past the daily quota and CPU past 10 ms fail");
      DataTransfer.cloudflare(bill, prices, usage);
      return bill.build();
    }
    bill.fee("subscription", prices.price(STANDARD + "usd-per-month"))
        .perMillion(
            "requests",
            requests,
            "requests",
            prices.price(STANDARD + "usd-per-million-requests"),
            Allowance.INCLUDED,
            prices.price(STANDARD + "included-requests"),
            "included requests")
        .perMillion(
            "CPU time",
            cpuMs,
            "CPU-ms",
            prices.price(STANDARD + "usd-per-million-cpu-ms"),
            Allowance.INCLUDED,
            prices.price(STANDARD + "included-cpu-ms"),
            "included CPU time");
    DataTransfer.cloudflare(bill, prices, usage);
    return bill.build();
  }
}
