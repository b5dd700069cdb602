package dev.billsim.billing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billsim.platform.InstanceType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of one part of the catalog: plain figures and tiered prices by dotted path, and
 * instance prices by type name. The catalog's own part defines instance types (vCPUs and memory
 * with the home region's price); a region's part may give only a price for a type defined there.
 */
final class Figures {
  static final String INSTANCES = "ec2.instances";

  final Map<String, Price> prices = new LinkedHashMap<>();
  final Map<String, List<Tier>> tiers = new LinkedHashMap<>();
  final Map<String, Price> instancePrices = new TreeMap<>();
  final Map<String, InstanceType> instanceTypes = new TreeMap<>();

  /** Paths marked {@code regional: true}: priced per region, missing where a region is silent. */
  final Set<String> regionalMarks = new TreeSet<>();

  /** Reads the figures under a node of the catalog's tree. */
  static Figures read(JsonNode node) {
    Figures figures = new Figures();
    figures.walk(node, "");
    return figures;
  }

  /** Returns a copy, to which another part's figures may be added. */
  Figures copy() {
    Figures copy = new Figures();
    copy.prices.putAll(prices);
    copy.tiers.putAll(tiers);
    copy.instancePrices.putAll(instancePrices);
    copy.instanceTypes.putAll(instanceTypes);
    copy.regionalMarks.addAll(regionalMarks);
    return copy;
  }

  /** Adds another part's figures over these. */
  void putAll(Figures other) {
    prices.putAll(other.prices);
    tiers.putAll(other.tiers);
    instancePrices.putAll(other.instancePrices);
    instanceTypes.putAll(other.instanceTypes);
  }

  private void walk(JsonNode node, String path) {
    boolean regional = node.path("regional").asBoolean(false);
    if (node.has("value") && node.get("value").isValueNode()) {
      if (regional) {
        regionalMarks.add(path);
      }
      prices.put(path, price(lastSegment(path), node, node.get("value").asText()));
      return;
    }
    if (path.equals(INSTANCES)) {
      node.fields().forEachRemaining(e -> instance(e.getKey(), e.getValue()));
      return;
    }
    if (node.has("unit")) {
      readTiers(node, path);
      return;
    }
    if (regional) {
      throw new IllegalStateException("regional: true marks a figure, not a section: " + path);
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
              if (node.path("regional").asBoolean(false)) {
                regionalMarks.add(path + "." + variant.getKey());
              }
            });
  }

  private void instance(String name, JsonNode node) {
    if (node.has("vcpus")) {
      instanceTypes.put(
          name, new InstanceType(name, node.get("vcpus").asInt(), node.get("memory-mb").asLong()));
    }
    instancePrices.put(name, price("usd-per-hour", node, node.get("usd-per-hour").asText()));
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
