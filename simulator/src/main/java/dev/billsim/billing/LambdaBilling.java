package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.platform.LambdaSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Bills AWS Lambda: $0.20 per million requests, and GB-seconds of duration (INIT included, each
 * invocation rounded up to 1 ms by the platform model) at the architecture's tiered on-demand rate.
 * Provisioned concurrency adds the configured GB-seconds at their own rate, and invocations on it
 * pay the lower provisioned duration rate instead. With the free tier, 1 million requests and
 * 400,000 GB-s of on-demand duration a month are credited, at the first tier's rate. Ephemeral
 * storage above 512 MB is billed per GB-second of billed duration. An API Gateway in front bills
 * every request it receives, throttled ones included, in its per-million tiers (an HTTP API counts
 * each request's payload, request plus response body, in 512 KB increments when the scenario gives
 * sizes). Throttled requests are not billed by Lambda. With sizes, responses are billed as data
 * transfer out at the EC2 rates, and a streamed response's bytes beyond its first 6 MB at the
 * streaming rate (100 GB a month free with the free tier); a buffered response above 6 MB failed in
 * the model and sent nothing.
 */
public final class LambdaBilling extends SpecBilling<LambdaSpec> {
  /** The catalog keys a scenario may override for {@code lambda}. */
  public static final List<String> PRICE_KEYS =
      List.of(
          "usd-per-million-requests",
          "usd-per-gb-second",
          "free-tier-requests",
          "free-tier-gb-seconds",
          "provisioned-usd-per-gb-second",
          "provisioned-duration-usd-per-gb-second",
          "ephemeral-usd-per-gb-second",
          "usd-per-lb-hour",
          "usd-per-lcu-hour",
          "data-transfer-usd-per-gb",
          "free-data-transfer-gb",
          "streaming-usd-per-gb",
          "free-tier-streaming-gb");

  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  public LambdaBilling(LambdaSpec spec, PriceCatalog catalog, long monthNanos) {
    super(spec, catalog, monthNanos);
  }

  @Override
  public Bill bill(Usage usage) {
    BillBuilder bill = newBill(usage);
    BigDecimal requests = bill.toMonth(BigDecimal.valueOf(usage.invocations()));
    BigDecimal allGbSeconds = bill.toMonth(usage.billedGbSeconds());
    BigDecimal provisionedRunGbSeconds = bill.toMonth(usage.billedProvisionedGbSeconds());
    BigDecimal onDemandGbSeconds = allGbSeconds.subtract(provisionedRunGbSeconds);
    List<Tier> bands = bandsOf("lambda.usd-per-gb-second", "usd-per-gb-second");
    bill.perMillion(
        "requests",
        requests,
        "requests",
        prices.price("lambda.usd-per-million-requests"),
        Allowance.FREE_TIER,
        spec.freeTier() ? prices.price("lambda.free-tier-requests") : null,
        "free tier: requests");
    bill.tiered("duration", onDemandGbSeconds, "GB-s", bands);
    if (spec.freeTier()) {
      bill.credit(
          Allowance.FREE_TIER,
          "free tier: duration",
          onDemandGbSeconds,
          prices.price("lambda.free-tier-gb-seconds"),
          "GB-s",
          bands.get(0).price().value());
    }
    if (spec.provisioned() != null) {
      bill.perUnit(
          "provisioned concurrency",
          "configured",
          bill.toMonth(usage.provisionedGbSeconds()),
          "GB-s",
          bandsOf("lambda.provisioned-usd-per-gb-second", "provisioned-usd-per-gb-second")
              .get(0)
              .price());
      bill.perUnit(
          "duration on provisioned concurrency",
          "",
          provisionedRunGbSeconds,
          "GB-s",
          bandsOf(
                  "lambda.provisioned-duration-usd-per-gb-second",
                  "provisioned-duration-usd-per-gb-second")
              .get(0)
              .price());
      if (spec.freeTier()) {
        bill.note(
            "free tier applied although AWS says it does not apply to functions with provisioned concurrency (its own example applies it)");
      }
    }
    long extraStorageMb = spec.ephemeralStorageMb() - LambdaSpec.INCLUDED_EPHEMERAL_MB;
    if (extraStorageMb > 0) {
      // Ephemeral storage is billed for the same billed duration as compute, per GB above 512 MB.
      BigDecimal billedSeconds = bill.toMonth(new BigDecimal(usage.billedNanos()).movePointLeft(9));
      BigDecimal gbSeconds =
          billedSeconds
              .multiply(BigDecimal.valueOf(extraStorageMb))
              .divide(MB_PER_GB, MathContext.DECIMAL128);
      bill.perUnit(
          "ephemeral storage",
          extraStorageMb + " MB above 512 MB",
          gbSeconds,
          "GB-s",
          prices.price("lambda.ephemeral-usd-per-gb-second"));
    }
    ApiGatewayCharges.bill(bill, prices, spec.frontDoor(), usage);
    if (spec.alb() != null) {
      LoadBalancerCharges.alb(bill, prices, usage, spec.alb(), LoadBalancerCharges.Target.LAMBDA);
    }
    if (spec.responseStreaming() && usage.transfer().measured()) {
      Price rate = prices.price("data-transfer.lambda-streaming.streaming-usd-per-gb");
      BigDecimal streamedGb = bill.toMonth(usage.transfer().gbOutBeyond6Mib());
      bill.perUnit("response streaming", "beyond 6 MB per response", streamedGb, "GB", rate);
      if (spec.freeTier()) {
        bill.credit(
            Allowance.FREE_TIER,
            "free tier: response streaming",
            streamedGb,
            prices.price("data-transfer.lambda-streaming.free-tier-streaming-gb"),
            "GB",
            rate.value());
      }
    }
    DataTransfer.aws(bill, prices, usage);
    return bill.build();
  }

  /** Returns the catalog's bands for the architecture, or one flat band the scenario sets. */
  private List<Tier> bandsOf(String path, String overrideKey) {
    List<Tier> catalogBands = prices.catalog().tiers(path + "." + spec.arch().key());
    if (!prices.overrides(overrideKey)) {
      return catalogBands;
    }
    Price flat = prices.resolve(catalogBands.get(0).price());
    return List.of(new Tier(null, flat));
  }
}
