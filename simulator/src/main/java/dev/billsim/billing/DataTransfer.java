package dev.billsim.billing;

import dev.billsim.meter.Transfer;
import dev.billsim.meter.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds data-transfer line items, each provider's in its own way, when the scenario gives sizes
 * ({@link Transfer#measured()}); without sizes it adds nothing, so such bills are what they were.
 * GB are of 2^30 bytes. The price keys of every rule that bills transfer are listed here.
 */
final class DataTransfer {
  /** AWS's internet egress tiers (EC2 data transfer rates), beyond the free allowance. */
  static final String AWS_BANDS = "data-transfer.aws.data-transfer-usd-per-gb.internet";

  /** AWS's free internet egress, per account a month. */
  static final String AWS_FREE = "data-transfer.aws.free-data-transfer-gb";

  /** The price keys an AWS platform may override for data transfer. */
  static final List<String> AWS_PRICE_KEYS =
      List.of("data-transfer-usd-per-gb", "free-data-transfer-gb");

  /** Vercel's name for its internet egress. */
  static final String FAST_NAME = "Fast Data Transfer";

  /** The line item's name on every bill. */
  static final String NAME = "data transfer out";

  private DataTransfer() {}

  /** Returns the month's GB out, or null when the scenario gives no sizes. */
  static BigDecimal gbOut(BillBuilder bill, Usage usage) {
    return usage.transfer().measured() ? bill.toMonth(usage.transfer().gbOut()) : null;
  }

  /**
   * Adds AWS's data transfer out to the internet: the month's GB beyond the free 100 GB in the
   * tiers of the EC2 data transfer rates ("first 10 TB / month data transfer out beyond the global
   * free tier"), then the free GB as a credit. The free allowance belongs to the account; each
   * platform is billed as if it were the account's only one, as the Lambda free tier is.
   */
  static void aws(BillBuilder bill, PriceBook prices, Usage usage) {
    BigDecimal gb = gbOut(bill, usage);
    if (gb == null) {
      return;
    }
    afterFree(
        bill,
        gb,
        bands(prices, AWS_BANDS, "data-transfer-usd-per-gb"),
        prices.price(AWS_FREE),
        Allowance.FREE_TRANSFER,
        "free: data transfer out");
  }

  /**
   * Adds {@code gb} priced in {@code bands} that start after a free allowance: the bands are
   * shifted by the allowance, and the allowance is credited at the first band's rate, so the total
   * is the tiers applied to the GB beyond it. No credit when the allowance is zero.
   */
  static void afterFree(
      BillBuilder bill,
      BigDecimal gb,
      List<Tier> bands,
      Price free,
      Allowance kind,
      String creditName) {
    BigDecimal shift = free.value();
    List<Tier> shifted = new ArrayList<>();
    for (Tier band : bands) {
      shifted.add(new Tier(band.upTo() == null ? null : band.upTo().add(shift), band.price()));
    }
    bill.tiered(NAME, gb, "GB", shifted);
    if (shift.signum() > 0) {
      bill.credit(kind, creditName, gb, free, "GB", bands.get(0).price().value());
      if (bands.size() > 1) {
        String freeGb = shift.stripTrailingZeros().toPlainString();
        bill.note(
            "data transfer out: the tiers count the GB beyond the free "
                + freeGb
                + " GB, so each tier's bounds are shown "
                + freeGb
                + " GB higher");
      }
    }
  }

  /**
   * Adds Cloudflare's data transfer: none is charged (Workers and Durable Objects), shown as a
   * zero-dollar line with the statement's source.
   */
  static void cloudflare(BillBuilder bill, PriceBook prices, Usage usage) {
    BigDecimal gb = gbOut(bill, usage);
    if (gb != null) {
      bill.perUnit(
          NAME,
          "no egress fee",
          gb,
          "GB",
          prices.price("data-transfer.cloudflare.data-transfer-usd-per-gb"));
    }
  }

  /** Returns the catalog's bands, or one flat band when the scenario overrides the key. */
  static List<Tier> bands(PriceBook prices, String path, String overrideKey) {
    List<Tier> catalogBands = prices.catalog().tiers(path);
    if (!prices.overrides(overrideKey)) {
      return catalogBands;
    }
    return List.of(new Tier(null, prices.resolve(catalogBands.get(0).price())));
  }
}
