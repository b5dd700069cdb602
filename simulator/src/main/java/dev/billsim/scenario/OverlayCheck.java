package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one catalog overlay's tree against the catalog it applies to, recording each problem where
 * it is written: figures ({@code value, unit, source, effective, note}), tiered prices (a list of
 * {@code up-to, value} bands per variant), instance types and regions.
 */
final class OverlayCheck {
  private static final String INSTANCES = "ec2.instances";
  private static final String FIGURE = "a figure {value, unit, source, effective, note}";
  private static final List<String> FIGURE_KEYS =
      List.of("value", "unit", "source", "effective", "note");
  private static final List<String> TIER_KEYS = List.of("unit", "source", "effective", "note");
  private static final List<String> INSTANCE_KEYS =
      List.of("vcpus", "memory-mb", "usd-per-hour", "source", "effective", "note");
  private static final List<String> BAND_KEYS = List.of("up-to", "value");

  private final PriceCatalog base;
  private final Problems problems;
  private final OverlayValues values;
  private final Set<String> knownPaths;
  private final Set<String> tierVariants;
  private final Set<String> tierBases = new java.util.TreeSet<>();
  private Map<String, YamlNode> homeInstances = Map.of();
  private Map<String, YamlNode> newRegions = Map.of();

  OverlayCheck(PriceCatalog base, Problems problems) {
    this.base = base;
    this.problems = problems;
    this.values = new OverlayValues(problems);
    this.knownPaths = base.knownPaths();
    this.tierVariants = base.tieredPaths();
    for (String variant : tierVariants) {
      tierBases.add(variant.substring(0, variant.lastIndexOf('.')));
    }
  }

  /** Checks the whole overlay. */
  void top(YamlNode root) {
    if (root instanceof YamlNode.Scalar s && s.text() == null) {
      return; // an empty overlay changes nothing
    }
    if (!(root instanceof YamlNode.Mapping m)) {
      problems.add(
          root,
          "(top)",
          "a mapping of catalog paths, as in the built-in catalog",
          root.describe(),
          "e.g. lambda: {usd-per-million-requests: {value: \"0.20\", unit: ..., source: ...,"
              + " effective: 2025-10-01}}");
      return;
    }
    if (m.entries().get("ec2") instanceof YamlNode.Mapping ec2
        && ec2.entries().get("instances") instanceof YamlNode.Mapping instances) {
      homeInstances = instances.entries();
    }
    if (m.entries().get("regions") instanceof YamlNode.Mapping regions) {
      newRegions = regions.entries();
    }
    m.entries()
        .forEach(
            (key, value) -> {
              if (key.equals("regions")) {
                regions(value);
              } else {
                group(value, key, null, "");
              }
            });
  }

  private void regions(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(
          node,
          "regions",
          "a mapping of regions by code",
          node.describe(),
          "e.g. regions: {eu-west-1: {provider: aws, name: Europe (Ireland)}}");
      return;
    }
    m.entries().forEach((name, value) -> region(name, value));
  }

  private void region(String name, YamlNode node) {
    String at = "regions." + name;
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(
          node,
          at,
          "a region {provider, name, figures...}",
          node.describe(),
          "e.g. eu-west-1: {provider: aws, name: Europe (Ireland)}");
      return;
    }
    YamlNode providerNode = m.entries().get("provider");
    if (providerNode == null) {
      if (base.regionProvider(name) == null) {
        problems.add(
            node,
            at + ".provider",
            "a provider for a region the catalog does not have",
            "none",
            "add provider: " + String.join(" or ", CatalogReader.providerKeys()));
      }
    } else {
      String provider = values.text(providerNode, at + ".provider", "a provider");
      if (provider != null && Provider.byKey(provider) == null) {
        problems.add(
            providerNode,
            at + ".provider",
            "a provider billsim prices by region",
            providerNode.describe(),
            Problems.suggest(provider, CatalogReader.providerKeys()));
      }
    }
    YamlNode label = m.entries().get("name");
    if (label != null) {
      values.text(label, at + ".name", "a region's name for people, e.g. Europe (Ireland)");
    }
    YamlNode pricesAs = m.entries().get("prices-as");
    if (pricesAs != null) {
      String like =
          values.text(pricesAs, at + ".prices-as", "a region whose figures this one takes");
      if (like != null && base.regionProvider(like) == null && !newRegions.containsKey(like)) {
        problems.add(
            pricesAs,
            at + ".prices-as",
            "a region in the catalog",
            pricesAs.describe(),
            "billsim prices --regions lists them");
      }
    }
    m.entries()
        .forEach(
            (key, value) -> {
              if (!List.of("provider", "name", "prices-as").contains(key)) {
                group(value, key, name, at + ".");
              }
            });
  }

  /** Checks a group of figures, a figure, a tiered price or the instance types at a path. */
  private void group(YamlNode node, String path, String region, String prefix) {
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(
          node,
          prefix + path,
          FIGURE + " or a group of figures",
          node.describe(),
          knownPaths.contains(path)
              ? "a figure records its provenance: {value: \"0.20\", unit: ..., source: ...,"
                  + " effective: YYYY-MM-DD}"
              : CatalogReader.suggestPath(path, knownPaths));
      return;
    }
    if (path.equals(INSTANCES)) {
      m.entries().forEach((type, value) -> instance(type, value, region, prefix + path));
    } else if (m.entries().containsKey("value")) {
      figure(m, path, prefix);
    } else if (m.entries().containsKey("unit")) {
      tiered(m, path, prefix);
    } else if (tierBases.contains(path)) {
      problems.add(
          m,
          prefix + path,
          "a whole tiered price: its variants with unit, source and effective",
          "no unit",
          "an overlay replaces a tiered price whole, e.g. {x86_64: [{value: \"0.0000166667\"}],"
              + " arm64: [{value: \"0.0000133334\"}], unit: ..., source: ..., effective: ...}");
    } else {
      m.entries().forEach((key, value) -> group(value, path + "." + key, region, prefix));
    }
  }

  private void figure(YamlNode.Mapping m, String path, String prefix) {
    String at = prefix + path;
    if (tierBases.contains(path) || tierVariants.contains(path)) {
      String tiered = tierBases.contains(path) ? path : path.substring(0, path.lastIndexOf('.'));
      problems.add(
          m,
          at,
          "at "
              + tiered
              + " a tiered price {VARIANT: [{up-to, value}, ..., {value}], unit, source,"
              + " effective}",
          "a single value",
          "a flat rate is one band: e.g. {x86_64: [{value: \"0.0000166667\"}], arm64: [{value:"
              + " \"0.0000133334\"}], unit: ..., source: ..., effective: ...}");
      return;
    }
    if (!knownPaths.contains(path)) {
      problems.add(
          m,
          at,
          "a path the catalog knows",
          "'" + path + "'",
          CatalogReader.suggestPath(path, knownPaths));
      return;
    }
    values.unknownKeys(m, at, FIGURE_KEYS);
    values.decimal(m, "value", at);
    values.provenance(m, at, true);
  }

  private void tiered(YamlNode.Mapping m, String path, String prefix) {
    String at = prefix + path;
    if (knownPaths.contains(path) && !tierBases.contains(path)) {
      problems.add(
          m,
          at,
          "a figure {value, unit, source, effective, note}",
          "a mapping with unit but no value",
          "add value: \"...\"; only tiered prices list bands");
      return;
    }
    if (!knownPaths.contains(path)) {
      problems.add(
          m,
          at,
          "a path the catalog knows",
          "'" + path + "'",
          CatalogReader.suggestPath(path, knownPaths));
      return;
    }
    values.provenance(m, at, true);
    m.entries()
        .forEach(
            (variant, value) -> {
              if (TIER_KEYS.contains(variant)) {
                return;
              }
              String variantPath = path + "." + variant;
              if (!knownPaths.contains(variantPath)) {
                problems.add(
                    m.keys().get(variant).line(),
                    m.keys().get(variant).column(),
                    at + "." + variant,
                    "unit, source, effective, note or a variant the catalog knows",
                    "'" + variant + "'",
                    CatalogReader.suggestPath(variantPath, knownPaths));
              } else {
                bands(value, at + "." + variant);
              }
            });
  }

  private void bands(YamlNode node, String at) {
    if (!(node instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
      problems.add(
          node,
          at,
          "a non-empty list of bands [{up-to, value}, ..., {value}]",
          node.describe(),
          "e.g. [{up-to: \"6000000000\", value: \"0.0000166667\"}, {value: \"0.000015\"}]");
      return;
    }
    BigDecimal previous = null;
    for (int i = 0; i < s.items().size(); i++) {
      YamlNode band = s.items().get(i);
      String bandAt = at + "[" + (i + 1) + "]";
      if (!(band instanceof YamlNode.Mapping m)) {
        problems.add(band, bandAt, "a band {up-to, value}", band.describe(), "");
        continue;
      }
      values.unknownKeys(m, bandAt, BAND_KEYS);
      values.decimal(m, "value", bandAt);
      boolean last = i == s.items().size() - 1;
      YamlNode upTo = m.entries().get("up-to");
      if (last && upTo != null) {
        problems.add(
            upTo,
            bandAt + ".up-to",
            "no up-to on the last band, which is unbounded",
            upTo.describe(),
            "remove up-to from the last band, or add a band after it");
      } else if (!last && upTo == null) {
        problems.add(
            m,
            bandAt + ".up-to",
            "up-to on every band but the last",
            "none",
            "up-to is the cumulative quantity where the band ends, e.g. up-to: \"6000000000\"");
      } else if (upTo != null) {
        BigDecimal end = values.decimal(m, "up-to", bandAt);
        if (end != null && previous != null && end.compareTo(previous) <= 0) {
          problems.add(
              upTo,
              bandAt + ".up-to",
              "an up-to above the band before's (" + previous.toPlainString() + ")",
              upTo.describe(),
              "list the bands lowest first");
        }
        previous = end == null ? previous : end;
      }
    }
  }

  private void instance(String type, YamlNode node, String region, String at) {
    String typeAt = at + "." + type;
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.add(
          node,
          typeAt,
          "an instance type {vcpus, memory-mb, usd-per-hour, source, effective, note}",
          node.describe(),
          "e.g. m7g.large: {vcpus: 2, memory-mb: 8192, usd-per-hour: \"0.0816\", source: ...,"
              + " effective: 2026-09-16}");
      return;
    }
    values.unknownKeys(m, typeAt, INSTANCE_KEYS);
    Long vcpus = values.whole(m, "vcpus", typeAt);
    Long memory = values.whole(m, "memory-mb", typeAt);
    boolean sized = m.entries().containsKey("vcpus") || m.entries().containsKey("memory-mb");
    if (sized && (vcpus == null) != (memory == null)) {
      return; // the missing or bad one is reported
    }
    if (!sized && base.instanceType(type).isEmpty() && !definedAtHome(type)) {
      problems.add(
          m,
          typeAt,
          "vcpus and memory-mb for a type the catalog does not have",
          "neither",
          "a new type needs its size: {vcpus: 2, memory-mb: 8192, usd-per-hour: ...}");
    }
    if (!m.entries().containsKey("usd-per-hour")) {
      problems.add(
          m, typeAt + ".usd-per-hour", "an hourly price", "none", OverlayValues.DECIMAL_HINT);
    } else {
      values.decimal(m, "usd-per-hour", typeAt);
    }
    values.provenance(m, typeAt, false);
    if (region != null && base.regionProvider(region) == Provider.GOOGLE) {
      problems.add(
          m,
          typeAt,
          "instance types in AWS regions only",
          "one in " + region + ", a Google Cloud region",
          "EC2 instance types are priced in AWS regions");
    }
  }

  private boolean definedAtHome(String type) {
    return homeInstances.get(type) instanceof YamlNode.Mapping m
        && m.entries().containsKey("vcpus")
        && m.entries().containsKey("memory-mb");
  }
}
