package dev.billsim.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.billsim.input.JsonTrees;
import dev.billsim.platform.InstanceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every price and allowance billsim knows, loaded from {@code catalog.yaml}, {@code
 * instances.yaml} and {@code regions.yaml} in the jar, and from any overlay a user adds.
 *
 * <p>Figures are addressed by dotted paths such as {@code workers.standard.usd-per-month}; tiered
 * prices by paths such as {@code lambda.usd-per-gb-second.x86_64}; instance types by name. The
 * figures outside {@code regions:} are those of each provider's home region (AWS us-east-1, Google
 * us-central1) and of the providers priced one way everywhere (Cloudflare, Vercel). {@link
 * #inRegion} gives the view of one region: a figure any region of the provider states is regional,
 * and a region that does not state it has no such price, rather than silently the home region's.
 * Stating one variant of a tiered price (e.g. {@code x86_64}) makes every variant regional, and a
 * figure under a prefix the catalog's {@code regional:} section lists is regional though no region
 * states it. The catalog is data, so a price change is a one-line edit with its new source and
 * date.
 */
public final class PriceCatalog {
  /** The catalog's source files, in the order they are merged. */
  public static final List<String> RESOURCES =
      List.of("catalog.yaml", "instances.yaml", "regions.yaml");

  /**
   * The same files as one JSON array, which the jar reads at every start: JSON parses several times
   * faster than YAML, a tenth of a short command's start-up. Generated from {@link #RESOURCES} and
   * checked against them by {@code BuiltInCatalogTest}.
   */
  public static final String BUILT_IN_JSON = "built-in-catalog.json";

  private static final String REGIONS = "regions";
  private static final String REGIONAL = "regional";
  private static volatile PriceCatalog builtIn;

  private final List<JsonNode> parts;
  private final Figures home;
  private final Map<String, CatalogRegion> regions;
  private final Map<Provider, Set<String>> regionalPaths;
  private final Map<String, PriceCatalog> views;
  private final String region;
  private final Figures figures;

  private PriceCatalog(
      List<JsonNode> parts,
      Figures home,
      Map<String, CatalogRegion> regions,
      Map<Provider, List<String>> declared) {
    this.parts = parts;
    this.home = home;
    this.regions = regions;
    this.regionalPaths = new EnumMap<>(Provider.class);
    for (Provider provider : Provider.values()) {
      Set<String> paths = new TreeSet<>();
      List<String> prefixes = declared.getOrDefault(provider, List.of());
      for (String path : home.prices.keySet()) {
        if (underAny(path, prefixes)) {
          paths.add(path);
        }
      }
      for (String path : home.tiers.keySet()) {
        if (underAny(path, prefixes)) {
          paths.add(path);
        }
      }
      regionalPaths.put(provider, paths);
    }
    for (CatalogRegion r : regions.values()) {
      if (!r.home()) {
        regionalPaths.get(r.provider()).addAll(r.figures().prices.keySet());
        for (String stated : r.figures().tiers.keySet()) {
          // a region stating one variant of a tiered price (x86_64) makes them all regional
          String parent = stated.substring(0, stated.lastIndexOf('.') + 1);
          regionalPaths.get(r.provider()).add(stated);
          home.tiers.keySet().stream()
              .filter(k -> k.startsWith(parent))
              .forEach(regionalPaths.get(r.provider())::add);
        }
      }
    }
    this.views = new ConcurrentHashMap<>();
    this.region = null;
    this.figures = home;
  }

  private PriceCatalog(PriceCatalog catalog, String region, Figures figures) {
    this.parts = catalog.parts;
    this.home = catalog.home;
    this.regions = catalog.regions;
    this.regionalPaths = catalog.regionalPaths;
    this.views = catalog.views;
    this.region = region;
    this.figures = figures;
  }

  private static boolean underAny(String path, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (path.equals(prefix) || path.startsWith(prefix + ".")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the catalog shipped in the jar. */
  public static PriceCatalog builtIn() {
    PriceCatalog catalog = builtIn;
    if (catalog == null) {
      List<JsonNode> parts = new ArrayList<>();
      try (InputStream in = PriceCatalog.class.getResourceAsStream(BUILT_IN_JSON)) {
        if (in == null) {
          throw new IllegalStateException("price catalog " + BUILT_IN_JSON + " is missing");
        }
        JsonTrees.read(in).forEach(parts::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the price catalog", e);
      }
      catalog = of(parts);
      builtIn = catalog;
    }
    return catalog;
  }

  /**
   * Returns the catalog's source files as read: the trees {@link #BUILT_IN_JSON} must hold, in
   * order.
   */
  public static List<JsonNode> sourceTrees() throws IOException {
    List<JsonNode> parts = new ArrayList<>();
    for (String resource : RESOURCES) {
      try (InputStream in = PriceCatalog.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("price catalog " + resource + " is missing");
        }
        parts.add(yaml().readTree(in));
      }
    }
    return parts;
  }

  /** Loads a catalog from YAML. */
  public static PriceCatalog load(InputStream yaml) throws IOException {
    return of(List.of(yaml().readTree(yaml)));
  }

  /**
   * Builds a catalog from parts, each a tree of the catalog's format; a later part's figures
   * replace an earlier one's at the same path (an overlay).
   */
  static PriceCatalog of(List<JsonNode> parts) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    for (JsonNode part : parts) {
      if (part != null && part.isObject()) {
        merge(merged, (ObjectNode) part);
      }
    }
    JsonNode regionsNode = merged.remove(REGIONS);
    JsonNode regionalNode = merged.remove(REGIONAL);
    Map<Provider, List<String>> declared = new EnumMap<>(Provider.class);
    if (regionalNode != null) {
      regionalNode
          .fields()
          .forEachRemaining(
              e -> {
                Provider provider = Provider.byKey(e.getKey());
                if (provider == null) {
                  throw new IllegalStateException(
                      "catalog regional: unknown provider " + e.getKey());
                }
                List<String> prefixes = new ArrayList<>();
                e.getValue().forEach(p -> prefixes.add(p.asText()));
                declared.put(provider, List.copyOf(prefixes));
              });
    }
    Map<String, CatalogRegion> regions = new TreeMap<>();
    if (regionsNode != null) {
      regionsNode
          .fields()
          .forEachRemaining(e -> regions.put(e.getKey(), region(e.getKey(), e.getValue())));
    }
    return new PriceCatalog(
        List.copyOf(parts), Figures.read(merged), Collections.unmodifiableMap(regions), declared);
  }

  /**
   * Returns this catalog with overlays applied in order over its own parts: each overlay's figures
   * replace the catalog's at the same path, as the built-in files replace one another's.
   *
   * @throws IllegalStateException if a merged entry lacks what every figure needs (an overlay
   *     checked by the scenario package's catalog reader never does)
   */
  public PriceCatalog withOverlays(List<JsonNode> overlays) {
    if (overlays.isEmpty()) {
      return this;
    }
    List<JsonNode> all = new ArrayList<>(parts);
    all.addAll(overlays);
    return of(all);
  }

  /**
   * Returns every path a figure or a tiered price has, at home or in any region (a tiered price by
   * its path with and without the variant, e.g. {@code lambda.usd-per-gb-second.arm64} and {@code
   * lambda.usd-per-gb-second}), sorted.
   */
  public Set<String> knownPaths() {
    Set<String> paths = new TreeSet<>();
    addPaths(home, paths);
    for (CatalogRegion r : regions.values()) {
      addPaths(r.figures(), paths);
    }
    return paths;
  }

  /**
   * Returns the paths of the tiered prices with their variants (e.g. {@code
   * lambda.usd-per-gb-second.arm64}), at home or in any region, sorted.
   */
  public Set<String> tieredPaths() {
    Set<String> paths = new TreeSet<>(home.tiers.keySet());
    for (CatalogRegion r : regions.values()) {
      paths.addAll(r.figures().tiers.keySet());
    }
    return paths;
  }

  private static void addPaths(Figures figures, Set<String> paths) {
    paths.addAll(figures.prices.keySet());
    for (String tiered : figures.tiers.keySet()) {
      paths.add(tiered);
      paths.add(tiered.substring(0, tiered.lastIndexOf('.')));
    }
  }

  /** Returns an instance type's vCPUs and memory, if the catalog defines it anywhere. */
  public Optional<InstanceType> instanceType(String name) {
    InstanceType type = home.instanceTypes.get(name);
    if (type == null) {
      for (CatalogRegion r : regions.values()) {
        type = type == null ? r.figures().instanceTypes.get(name) : type;
      }
    }
    return Optional.ofNullable(type);
  }

  /** Returns a region's provider, or null if the catalog has no such region. */
  public Provider regionProvider(String name) {
    CatalogRegion r = regions.get(name);
    return r == null ? null : r.provider();
  }

  private static CatalogRegion region(String name, JsonNode node) {
    ObjectNode figures = ((ObjectNode) node).deepCopy();
    JsonNode providerNode = figures.remove("provider");
    Provider provider = providerNode == null ? null : Provider.byKey(providerNode.asText());
    if (provider == null) {
      throw new IllegalStateException("catalog region " + name + " lacks a known provider");
    }
    JsonNode label = figures.remove("name");
    JsonNode pricesAs = figures.remove("prices-as");
    return new CatalogRegion(
        name,
        provider,
        label == null ? name : label.asText(),
        pricesAs == null ? null : pricesAs.asText(),
        Figures.read(figures));
  }

  /** Merges {@code from} into {@code into}, mappings key by key, anything else replaced. */
  private static void merge(ObjectNode into, ObjectNode from) {
    from.fields()
        .forEachRemaining(
            e -> {
              JsonNode existing = into.get(e.getKey());
              if (existing instanceof ObjectNode target
                  && e.getValue() instanceof ObjectNode source
                  && !source.has("value")
                  && !source.has("usd-per-hour")
                  && !source.has("unit")) {
                merge(target, source);
              } else {
                into.set(e.getKey(), e.getValue().deepCopy());
              }
            });
  }

  private static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory());
  }

  /**
   * Returns the view of one region: its provider's regional figures are that region's (missing
   * where it states none), every other figure the catalog's own.
   *
   * @throws IllegalArgumentException if the catalog has no such region
   */
  public PriceCatalog inRegion(String name) {
    CatalogRegion r = regions.get(name);
    if (r == null) {
      throw new IllegalArgumentException("no region " + name + " in the catalog");
    }
    return views.computeIfAbsent(name, n -> new PriceCatalog(this, n, figuresOf(r)));
  }

  private Figures figuresOf(CatalogRegion r) {
    Figures view = home.copy();
    CatalogRegion like = r.pricesAs() == null ? null : regions.get(r.pricesAs());
    if (r.home() || (like != null && like.home())) {
      view.putAll(r.figures()); // the home region's figures, and any the region states itself
      return view;
    }
    view.prices.keySet().removeAll(regionalPaths.get(r.provider()));
    view.tiers.keySet().removeAll(regionalPaths.get(r.provider()));
    if (r.provider() == Provider.AWS) {
      view.instancePrices.clear(); // a type is offered in a region only where it is priced there
    }
    if (like != null) {
      view.putAll(like.figures());
    }
    view.putAll(r.figures());
    return view;
  }

  /** Returns the region this view prices, or null for the catalog's home regions. */
  public String region() {
    return region;
  }

  /** Returns the names of a provider's regions in the catalog, sorted. */
  public List<String> regions(Provider provider) {
    return regions.values().stream()
        .filter(r -> r.provider() == provider)
        .map(CatalogRegion::name)
        .toList();
  }

  /**
   * Returns the region whose figures a region takes before its own ({@code prices-as}, e.g. a Cloud
   * Run Tier 1 region's {@code us-central1}), or null if it states its own or is unknown.
   */
  public String pricesAs(String name) {
    CatalogRegion r = regions.get(name);
    return r == null ? null : r.pricesAs();
  }

  /** Returns a region's name for people, e.g. {@code Europe (Ireland)}, or null if unknown. */
  public String regionLabel(String name) {
    CatalogRegion r = regions.get(name);
    return r == null ? null : r.label();
  }

  /**
   * Returns the figure at a dotted path; a missing path is a bug in billsim or, in a region, a
   * price the catalog lacks there.
   */
  public Price price(String path) {
    Price price = figures.prices.get(path);
    if (price == null) {
      throw new MissingPriceException(path, region);
    }
    return price;
  }

  /** Returns the bands of a tiered price, lowest first. */
  public List<Tier> tiers(String path) {
    List<Tier> bands = figures.tiers.get(path);
    if (bands == null) {
      throw new MissingPriceException(path, region);
    }
    return bands;
  }

  /** Returns the instance type with its price, if the catalog has it (in this view's region). */
  public Optional<InstanceOffer> instance(String name) {
    InstanceType type = figures.instanceTypes.get(name);
    Price price = figures.instancePrices.get(name);
    return type == null || price == null
        ? Optional.empty()
        : Optional.of(new InstanceOffer(type, price));
  }

  /** Returns the names of the instance types priced in this view, sorted. */
  public List<String> instanceNames() {
    return figures.instancePrices.keySet().stream()
        .filter(figures.instanceTypes::containsKey)
        .toList();
  }

  /** Returns every plain figure by path, in catalog order. */
  public Map<String, Price> prices() {
    return Collections.unmodifiableMap(figures.prices);
  }

  /** Returns every tiered price by path, in catalog order. */
  public Map<String, List<Tier>> tieredPrices() {
    return Collections.unmodifiableMap(figures.tiers);
  }
}
