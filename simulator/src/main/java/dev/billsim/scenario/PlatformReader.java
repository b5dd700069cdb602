package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.platform.PlatformSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of {@code platforms:} into a {@link PlatformSpec}: the keys of its model's table
 * ({@link PlatformKeys}, {@link FleetKeys}, {@link PoolKeys}), then the rules that involve several
 * keys and the limits of each provider.
 */
final class PlatformReader {
  private final Problems problems;
  private final PlatformContext context;

  PlatformReader(PriceCatalog catalog, Problems problems, DistributionReader distributions) {
    this.problems = problems;
    this.context = new PlatformContext(catalog, problems, distributions);
  }

  /** Reads a platform, or returns null after recording its problems. */
  PlatformSpec read(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          node,
          path,
          "a platform mapping with name and model",
          node.describe(),
          "e.g. {name: workers, model: workers}");
      return null;
    }
    PlatformKind kind = readKind(mapping, path);
    if (kind == null) {
      return null;
    }
    int before = problems.count();
    KeyTable table = PlatformKeys.table(kind);
    MapReader r =
        MapReader.open(
            node,
            path,
            problems,
            "a platform mapping",
            "e.g. {name: workers, model: workers}",
            table.names());
    Bound b = Bound.bind(r, problems, table.keys());
    b.require(
        PlatformKeys.NAME,
        "a platform name",
        "every platform needs a unique name, e.g. lambda-1024");
    String name = b.get(PlatformKeys.NAME);
    Map<String, BigDecimal> prices = readPrices(r, kind);
    PlatformSpec spec = kind.read(context, b, name, prices);
    return problems.count() > before || name == null ? null : spec;
  }

  private PlatformKind readKind(YamlNode.Mapping mapping, String path) {
    Map<String, PlatformKind> kinds = MapReader.byKey(PlatformKind.values(), PlatformKind::key);
    YamlNode model = mapping.entries().get("model");
    if (model == null) {
      for (String key : mapping.entries().keySet()) {
        List<String> known = PlatformKeys.anyPlatform();
        if (!known.contains(key) && "model".equals(Problems.closest(key, known))) {
          YamlNode.Position at = mapping.keys().get(key);
          problems.add(
              at.line(),
              at.column(),
              path + "." + key,
              "a known key",
              "unknown key '" + key + "'",
              "did you mean 'model'? e.g. model: lambda (one of: workers, lambda, ec2)");
          return null;
        }
      }
      problems.add(
          mapping,
          path + ".model",
          "one of " + String.join(", ", kinds.keySet()),
          "nothing: the key 'model' is missing",
          "add model: workers, lambda or ec2");
      return null;
    }
    String text =
        MapReader.text(
            model,
            path + ".model",
            "one of " + String.join(", ", kinds.keySet()),
            "e.g. model: lambda",
            problems);
    if (text == null) {
      return null;
    }
    PlatformKind kind = kinds.get(text.trim());
    if (kind == null) {
      problems.add(
          model,
          path + ".model",
          "one of " + String.join(", ", kinds.keySet()),
          model.describe(),
          Problems.suggest(text.trim(), kinds.keySet()));
    }
    return kind;
  }

  private Map<String, BigDecimal> readPrices(MapReader platform, PlatformKind kind) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    YamlNode node = platform.get("prices");
    if (node == null) {
      return prices;
    }
    List<String> keys = kind.priceKeys();
    MapReader r =
        MapReader.open(
            node,
            platform.keyPath("prices"),
            problems,
            "a mapping of price keys to amounts",
            "e.g. {" + keys.get(0) + ": 0.25}",
            keys);
    if (r == null) {
      return prices;
    }
    for (String key : r.node().entries().keySet()) {
      if (keys.contains(key)) {
        BigDecimal value =
            r.decimal(key, false, "a price in US dollars, or an allowance, e.g. 0.25");
        if (value != null) {
          prices.put(key, value);
        }
      }
    }
    return prices;
  }

  /** Reads {@code platforms:}, a non-empty list of uniquely named platforms, or returns null. */
  List<PlatformSpec> readAll(YamlNode node) {
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node,
          "platforms",
          "a non-empty list of platforms",
          node.describe(),
          "e.g. platforms: [{name: workers, model: workers}]");
      return null;
    }
    PlatformReader reader = this;
    List<PlatformSpec> platforms = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      PlatformSpec spec = reader.read(list.items().get(i), "platforms[" + i + "]");
      if (spec != null) {
        if (seen.putIfAbsent(spec.name(), i) != null) {
          YamlNode at = ((YamlNode.Mapping) list.items().get(i)).entries().get("name");
          problems.add(
              at,
              "platforms[" + i + "].name",
              "a name not used by another platform",
              at.describe(),
              "platforms[" + seen.get(spec.name()) + "] is already named '" + spec.name() + "'");
        }
        platforms.add(spec);
      }
    }
    return platforms.size() == list.items().size() ? platforms : null;
  }
}
