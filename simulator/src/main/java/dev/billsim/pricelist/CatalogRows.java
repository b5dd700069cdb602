package dev.billsim.pricelist;

import dev.billsim.billing.InstanceOffer;
import dev.billsim.billing.Price;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lists a catalog view's figures, tiered prices and instance types as rows, filtered by a query.
 */
public final class CatalogRows {
  /** The path prefix of instance types. */
  public static final String INSTANCES = "ec2.instances.";

  private CatalogRows() {}

  /** Returns every row of the view, figures and tiers in catalog order, then instance types. */
  public static List<PriceRow> all(PriceCatalog catalog) {
    List<PriceRow> rows = new ArrayList<>();
    for (Map.Entry<String, Price> e : catalog.prices().entrySet()) {
      Price p = e.getValue();
      rows.add(
          new PriceRow(
              e.getKey(),
              null,
              null,
              p.value(),
              p.unit(),
              0,
              0,
              p.source(),
              p.effective(),
              p.note()));
    }
    for (Map.Entry<String, List<Tier>> e : catalog.tieredPrices().entrySet()) {
      BigDecimal from = BigDecimal.ZERO;
      for (Tier t : e.getValue()) {
        Price p = t.price();
        rows.add(
            new PriceRow(
                e.getKey(),
                from,
                t.upTo(),
                p.value(),
                p.unit(),
                0,
                0,
                p.source(),
                p.effective(),
                p.note()));
        from = t.upTo();
      }
    }
    for (String name : catalog.instanceNames()) {
      InstanceOffer offer = catalog.instance(name).orElseThrow();
      Price p = offer.usdPerHour();
      rows.add(
          new PriceRow(
              INSTANCES + name,
              null,
              null,
              p.value(),
              p.unit(),
              offer.type().vcpus(),
              offer.type().memoryMb(),
              p.source(),
              p.effective(),
              p.note()));
    }
    return rows;
  }

  /**
   * Returns the rows whose path matches the query: a glob when it holds {@code *} or {@code ?}
   * (matched against the whole path), else a substring; case-insensitive; null matches every row.
   */
  public static List<PriceRow> matching(List<PriceRow> rows, String query) {
    if (query == null || query.isBlank()) {
      return rows;
    }
    String q = query.trim().toLowerCase(Locale.ROOT);
    Pattern glob = q.contains("*") || q.contains("?") ? glob(q) : null;
    return rows.stream()
        .filter(
            r -> {
              String path = r.path().toLowerCase(Locale.ROOT);
              return glob == null ? path.contains(q) : glob.matcher(path).matches();
            })
        .toList();
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      regex.append(
          switch (c) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(String.valueOf(c));
          });
    }
    return Pattern.compile(regex.toString());
  }
}
