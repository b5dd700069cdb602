package dev.billsim.pricelist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import dev.billsim.billing.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns what was read of AWS offer files into a catalog overlay: EC2 instance prices under {@code
 * ec2.instances}, Lambda and Fargate figures at their catalog paths; the home region's (us-east-1)
 * at the top, every other region's under {@code regions:}. Everything is sorted, so the same files
 * give the same overlay byte for byte.
 */
public final class AwsImport {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Opens an offer file's raw bytes (plain or gzip). */
  public interface Opener {
    /** Returns a new stream from the file's first byte. */
    InputStream open() throws IOException;
  }

  /** Receives progress: bytes read of a file (compressed when gzip) and counts so far. */
  public interface Progress {
    /** Reports what has been read so far. */
    void update(long bytesRead, long products, long matched);
  }

  /** One priced thing: a region's figure, band list or instance, with its provenance. */
  private record Entry(OfferProduct product, OfferPrice price, OfferFile file) {}

  private final PriceCatalog catalog;
  private final List<String> warnings = new ArrayList<>();
  // region -> path -> variant (or "") -> entry
  private final Map<String, Map<String, Map<String, Entry>>> entries = new TreeMap<>();
  private final Map<String, String> regionNames = new TreeMap<>();
  private int count;

  /** Creates an import whose units come from {@code catalog}'s figures at the same paths. */
  public AwsImport(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Streams one offer file and adds the prices of the products the filter keeps.
   *
   * @param name the file's name, recorded as the prices' source
   * @return how many products the file lists
   */
  public long read(String name, Opener opener, OfferFilter filter, Progress progress)
      throws OfferException, IOException {
    OfferFile file = new AwsOfferReader(name, opener, filter, progress).read();
    add(file);
    return file.productCount();
  }

  /** Adds one file's matched products that have an on-demand price. */
  void add(OfferFile file) {
    for (OfferProduct product : file.products().values()) {
      OfferPrice price = file.prices().get(product.sku());
      if (price == null || price.bands().isEmpty()) {
        continue; // matched product without an on-demand term (e.g. reserved only)
      }
      Map<String, Entry> byVariant =
          entries
              .computeIfAbsent(product.region(), r -> new TreeMap<>())
              .computeIfAbsent(product.path(), p -> new TreeMap<>());
      String variant = product.variant() == null ? "" : product.variant();
      Entry previous = byVariant.get(variant);
      // Two SKUs for one thing: keep the one that sorts first, so the choice is stable.
      if (previous == null || product.sku().compareTo(previous.product().sku()) < 0) {
        byVariant.put(variant, new Entry(product, price, file));
      }
      if (!product.regionName().isBlank()) {
        regionNames.putIfAbsent(product.region(), product.regionName());
      }
    }
    count =
        entries.values().stream()
            .mapToInt(m -> m.values().stream().mapToInt(Map::size).sum())
            .sum();
  }

  /** Returns how many prices the overlay will hold. */
  public int count() {
    return count;
  }

  /** Returns what the import could not do completely, for stderr. */
  public List<String> warnings() {
    return warnings;
  }

  /** Returns the overlay as YAML. */
  public String yaml() {
    ObjectNode root = JSON.objectNode();
    ObjectNode regions = JSON.objectNode();
    for (Map.Entry<String, Map<String, Map<String, Entry>>> r : entries.entrySet()) {
      String region = r.getKey();
      boolean home = region.equals(Provider.AWS.homeRegion());
      ObjectNode target = root;
      if (!home) {
        target = regions.putObject(region);
        target.put("provider", Provider.AWS.key());
        target.put("name", regionNames.getOrDefault(region, region));
      }
      for (Map.Entry<String, Map<String, Entry>> path : r.getValue().entrySet()) {
        write(target, region, path.getKey(), path.getValue(), home);
      }
    }
    if (!regions.isEmpty()) {
      root.set("regions", regions);
    }
    try {
      ObjectMapper yaml =
          new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .build());
      return "# A billsim price catalog overlay imported from AWS Price List bulk offer files.\n"
          + "# Use it with: billsim run SCENARIO --catalog THIS_FILE (see docs/pricing.md).\n"
          + yaml.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(
      ObjectNode target, String region, String path, Map<String, Entry> variants, boolean home) {
    ObjectNode parent = target;
    String[] segments = path.split("\\.");
    for (String segment : segments) {
      parent = parent.has(segment) ? (ObjectNode) parent.get(segment) : parent.putObject(segment);
    }
    if (path.equals(OfferProduct.INSTANCES)) {
      for (Entry e : variants.values()) {
        ObjectNode instance = parent.putObject(e.product().variant());
        instance.put("vcpus", e.product().vcpus());
        instance.put("memory-mb", e.product().memoryMb());
        instance.put("usd-per-hour", plain(e.price().bands().get(0).usd()));
        provenance(instance, List.of(e));
      }
      return;
    }
    if (variants.containsKey("")) { // a plain figure: Lambda's requests, per million
      Entry e = variants.get("");
      parent.put("value", plain(e.price().bands().get(0).usd().multiply(MILLION)));
      parent.put("unit", unit(path, "USD per million requests"));
      provenance(parent, List.of(e));
      return;
    }
    for (Entry e : variants.values()) {
      ArrayNode bands = parent.putArray(e.product().variant());
      List<OfferPrice.Band> list = e.price().bands();
      for (int i = 0; i < list.size(); i++) {
        ObjectNode band = bands.addObject();
        if (i < list.size() - 1 && list.get(i).end() != null) {
          band.put("up-to", plain(list.get(i).end()));
        }
        band.put("value", plain(list.get(i).usd()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String variant : List.of("x86_64", "arm64")) {
      if (!variants.containsKey(variant)) {
        missing.add(variant);
      }
    }
    if (!missing.isEmpty()) {
      warnings.add(
          path
              + " in "
              + region
              + ": no "
              + String.join(", ", missing)
              + " price in the files; the overlay replaces the whole tiered price, so "
              + String.join(", ", missing)
              + " is missing there");
    }
    parent.put("unit", unit(path + "." + variants.keySet().iterator().next(), path));
    provenance(parent, new ArrayList<>(variants.values()));
  }

  private String unit(String path, String fallback) {
    try {
      if (catalog.prices().containsKey(path)) {
        return catalog.price(path).unit();
      }
      List<Tier> tiers = catalog.tieredPrices().get(path);
      if (tiers != null) {
        return tiers.get(0).price().unit();
      }
    } catch (RuntimeException e) {
      // fall back below
    }
    return fallback;
  }

  private static void provenance(ObjectNode node, List<Entry> from) {
    Entry latest = from.stream().max(Comparator.comparing((Entry e) -> effective(e))).orElseThrow();
    OfferFile file = latest.file();
    node.put(
        "source",
        file.name()
            + " (AWS Price List bulk offer file, published "
            + file.publicationDate()
            + ")");
    node.put("effective", effective(latest));
    StringBuilder skus = new StringBuilder();
    for (Entry e : from) {
      skus.append(skus.length() == 0 ? "" : ", ").append(e.product().sku());
    }
    node.put(
        "note",
        "imported from the AWS Price List bulk offer file "
            + file.name()
            + " (offer "
            + file.offerCode()
            + ", version "
            + file.version()
            + ", SKU "
            + skus
            + ") by billsim prices import aws; on-demand");
  }

  private static String effective(Entry e) {
    String date = e.price().effectiveDate();
    if (date == null || date.length() < 10) {
      date = e.file().publicationDate();
    }
    return date.substring(0, 10); // both checked as ISO 8601 dates when read
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
