package dev.billsim.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.billsim.platform.InstanceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds every price and allowance billsim knows, loaded from {@code catalog.yaml} in the jar.
 *
 * <p>Figures are addressed by dotted paths such as {@code workers.standard.usd-per-month}; tiered
 * prices by paths such as {@code lambda.usd-per-gb-second.x86_64}; instance types by name. The
 * catalog is data, so a price change is a one-line edit with its new source and date.
 */
public final class PriceCatalog {
  private static final String RESOURCE = "catalog.yaml";
  private static final String INSTANCES = "ec2.instances";
  private static volatile PriceCatalog builtIn;

  private final Map<String, Price> prices = new LinkedHashMap<>();
  private final Map<String, List<Tier>> tiers = new LinkedHashMap<>();
  private final Map<String, InstanceOffer> instances = new TreeMap<>();

  private PriceCatalog(JsonNode root) {
    walk(root, "");
  }

  /** Returns the catalog shipped in the jar. */
  public static PriceCatalog builtIn() {
    PriceCatalog catalog = builtIn;
    if (catalog == null) {
      try (InputStream in = PriceCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("price catalog " + RESOURCE + " is missing from the jar");
        }
        catalog = load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the price catalog", e);
      }
      builtIn = catalog;
    }
    return catalog;
  }

  /** Loads a catalog from YAML. */
  public static PriceCatalog load(InputStream yaml) throws IOException {
    return new PriceCatalog(new ObjectMapper(new YAMLFactory()).readTree(yaml));
  }

  /** Returns the figure at a dotted path; a missing path is a bug in billsim, not in a scenario. */
  public Price price(String path) {
    Price price = prices.get(path);
    if (price == null) {
      throw new IllegalArgumentException("no price " + path + " in the catalog");
    }
    return price;
  }

  /** Returns the bands of a tiered price, lowest first. */
  public List<Tier> tiers(String path) {
    List<Tier> bands = tiers.get(path);
    if (bands == null) {
      throw new IllegalArgumentException("no tiered price " + path + " in the catalog");
    }
    return bands;
  }

  /** Returns the instance type with its price, if the catalog has it. */
  public Optional<InstanceOffer> instance(String name) {
    return Optional.ofNullable(instances.get(name));
  }

  /** Returns the names of all catalog instance types, sorted. */
  public List<String> instanceNames() {
    return List.copyOf(instances.keySet());
  }

  /** Returns every plain figure by path, in catalog order. */
  public Map<String, Price> prices() {
    return Collections.unmodifiableMap(prices);
  }

  private void walk(JsonNode node, String path) {
    if (node.has("value") && node.get("value").isValueNode()) {
      prices.put(path, price(lastSegment(path), node, node.get("value").asText()));
      return;
    }
    if (path.equals(INSTANCES)) {
      node.fields()
          .forEachRemaining(e -> instances.put(e.getKey(), offer(e.getKey(), e.getValue())));
      return;
    }
    if (node.has("unit")) {
      readTiers(node, path);
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
    }
  }

  /** Reads a tiered price: shared provenance, and one list of bands per variant (architecture). */
  private void readTiers(JsonNode node, String path) {
    node.fields()
        .forEachRemaining(
            variant -> {
              if (!variant.getValue().isArray()) {
                return;
              }
              List<Tier> bands = new ArrayList<>();
              for (JsonNode band : variant.getValue()) {
                JsonNode upTo = band.get("up-to");
                bands.add(
                    new Tier(
                        upTo == null ? null : new BigDecimal(upTo.asText()),
                        price(lastSegment(path), node, band.get("value").asText())));
              }
              tiers.put(path + "." + variant.getKey(), List.copyOf(bands));
            });
  }

  private static InstanceOffer offer(String name, JsonNode node) {
    InstanceType type =
        new InstanceType(name, node.get("vcpus").asInt(), node.get("memory-mb").asLong());
    return new InstanceOffer(type, price("usd-per-hour", node, node.get("usd-per-hour").asText()));
  }

  private static Price price(String key, JsonNode node, String value) {
    return new Price(
        key,
        new BigDecimal(value),
        text(node, "unit", "USD per instance-hour"),
        text(node, "source", null),
        text(node, "effective", null),
        text(node, "note", ""));
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (fallback == null) {
        throw new IllegalStateException("catalog entry lacks " + field + ": " + node);
      }
      return fallback;
    }
    return value.asText();
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
