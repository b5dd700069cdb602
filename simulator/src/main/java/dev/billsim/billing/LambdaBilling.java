package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.LambdaSpec;
import java.math.BigDecimal;
import java.util.List;

/**
 * Bills AWS Lambda on demand: $0.20 per million requests, and GB-seconds of duration (INIT
 * included, each invocation rounded up to 1 ms by the platform model) at the architecture's tiered
 * rate. With the free tier, 1 million requests and 400,000 GB-s a month are credited, the
 * GB-seconds at the first tier's rate. Throttled requests are not billed.
 */
final class LambdaBilling implements BillingRule {
  /** The catalog keys a scenario may override for {@code lambda}. */
  static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-million-requests",
          "usd-per-gb-second",
          "free-tier-requests",
          "free-tier-gb-seconds");

  private final LambdaSpec spec;
  private final PriceBook prices;

  LambdaBilling(LambdaSpec spec, PriceCatalog catalog) {
    this.spec = spec;
    this.prices = new PriceBook(catalog, spec.prices());
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = new BillBuilder(new MonthScale(usage.horizonNanos()));
    BigDecimal requests = bill.toMonth(BigDecimal.valueOf(usage.invocations()));
    BigDecimal gbSeconds = bill.toMonth(usage.billedGbSeconds());
    List<Tier> bands = durationBands();
    bill.perMillion(
        "requests",
        requests,
        "requests",
        prices.price("lambda.usd-per-million-requests"),
        spec.freeTier() ? prices.price("lambda.free-tier-requests") : null,
        "free tier: requests");
    bill.tiered("duration", gbSeconds, "GB-s", bands);
    if (spec.freeTier()) {
      Price firstBand = bands.get(0).price();
      bill.credit(
          "free tier: duration",
          gbSeconds,
          prices.price("lambda.free-tier-gb-seconds"),
          "GB-s",
          firstBand.value());
    }
    return bill.build();
  }

  /** Returns the catalog's tiers for the architecture, or one flat band the scenario sets. */
  private List<Tier> durationBands() {
    List<Tier> catalogBands =
        prices.catalog().tiers("lambda.usd-per-gb-second." + spec.arch().key());
    if (!prices.overrides("usd-per-gb-second")) {
      return catalogBands;
    }
    Price flat = prices.resolve(catalogBands.get(0).price());
    return List.of(new Tier(null, flat));
  }
}
