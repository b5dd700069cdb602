package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.WorkersSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Bills Cloudflare Durable Objects on Workers Paid: the $5 minimum (it covers Workers and Durable
 * Objects), requests at $0.15 per million over 1 million included (HTTP requests and WebSocket
 * connects one each, incoming WebSocket messages one per 20), and duration at $12.50 per million
 * GB-s over 400,000 included, the active time of each object at 128 MB. Like Cloudflare's examples,
 * 128 MB is 0.128 GB. The free plan costs nothing; its daily limits are enforced by the model.
 *
 * <p>Cloudflare's current examples round billable requests and GB-s up to whole millions before
 * pricing; the docs state no such rule. The bill is exact, and a note gives the total by that
 * convention.
 */
public final class DurableObjectsBilling extends SpecBilling<DurableObjectsSpec> {
  /** The catalog keys a scenario may override for {@code durable-objects}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-month",
          "included-requests",
          "usd-per-million-requests",
          "included-gb-seconds",
          "usd-per-million-gb-seconds",
          "data-transfer-usd-per-gb");

  private static final String STANDARD = "durable-objects.standard.";
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  public DurableObjectsBilling(DurableObjectsSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    long messages = usage.messages();
    BigDecimal requests =
        bill.toMonth(
            BigDecimal.valueOf(usage.invocations() - messages)
                .add(
                    BigDecimal.valueOf(messages)
                        .divide(BigDecimal.valueOf(DurableObjectsSpec.MESSAGES_PER_REQUEST))));
    // Active seconds x 128 MB, with 1 GB = 1000 MB as Cloudflare's examples compute it.
    BigDecimal gbSeconds =
        bill.toMonth(
            new BigDecimal(usage.billedNanos())
                .movePointLeft(9)
                .multiply(BigDecimal.valueOf(DurableObjectsSpec.BILLED_MEMORY_MB))
                .movePointLeft(3));
    if (spec.plan() == WorkersSpec.Plan.FREE) {
      return bill.free(
              "requests",
              "free plan",
              requests,
              "requests",
              prices.price("durable-objects.free.requests-per-day"))
          .free(
              "duration",
              "free plan",
              gbSeconds,
              "GB-s",
              prices.price("durable-objects.free.gb-seconds-per-day"))
          .note("Workers Free: no charge; requests past the daily limits fail")
          .build();
    }
    Price monthly = prices.price("workers.standard.usd-per-month");
    Price requestPrice = prices.price(STANDARD + "usd-per-million-requests");
    Price includedRequests = prices.price(STANDARD + "included-requests");
    Price durationPrice = prices.price(STANDARD + "usd-per-million-gb-seconds");
    Price includedDuration = prices.price(STANDARD + "included-gb-seconds");
    bill.fee("subscription", monthly)
        .perMillion(
            "requests",
            requests,
            "requests",
            requestPrice,
            Allowance.INCLUDED,
            includedRequests,
            "included requests")
        .perMillion(
            "duration",
            gbSeconds,
            "GB-s",
            durationPrice,
            Allowance.INCLUDED,
            includedDuration,
            "included duration");
    if (messages > 0) {
      bill.note(
          String.format(
              Locale.ROOT,
              "incoming WebSocket messages count 1 request per %d",
              DurableObjectsSpec.MESSAGES_PER_REQUEST));
    }
    BigDecimal rounded =
        monthly
            .value()
            .add(roundedUp(requests, includedRequests).multiply(requestPrice.value()))
            .add(roundedUp(gbSeconds, includedDuration).multiply(durationPrice.value()));
    bill.note(
        String.format(
            Locale.ROOT,
            "Cloudflare's pricing examples round billable requests and GB-s up to whole millions; by that convention this bill would be USD %,.2f",
            rounded.setScale(2, RoundingMode.HALF_UP)));
    DataTransfer.cloudflare(bill, prices, usage);
    return bill.build();
  }

  /** Returns the billable millions (usage past the allowance), rounded up to a whole million. */
  private static BigDecimal roundedUp(BigDecimal quantity, Price included) {
    BigDecimal billable = quantity.subtract(included.value()).max(BigDecimal.ZERO);
    return billable.divide(MILLION, 0, RoundingMode.CEILING);
  }
}
