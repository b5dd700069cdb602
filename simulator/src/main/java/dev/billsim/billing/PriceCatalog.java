package dev.billsim.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
 * figure marked {@code regional: true} is regional though no region states it. The catalog is data,
 * so a price change is a one-line edit with its new source and date.
 */
public final class PriceCatalog {
  private static final List<String> RESOURCES =
      List.of("catalog.yaml", "instances.yaml", "regions.yaml");
  private static final String REGIONS = "regions";
  private static volatile PriceCatalog builtIn;

  private final Figures home;
  private final Map<String, CatalogRegion> regions;
  private final Map<Provider, Set<String>> regionalPaths;
  private final Map<String, PriceCatalog> views;
  private final String region;
  private final Figures figures;

  private PriceCatalog(Figures home, Map<String, CatalogRegion> regions) {
    this.home = home;
    this.regions = regions;
    this.regionalPaths = new EnumMap<>(Provider.class);
    for (CatalogRegion r : regions.values()) {
      Set<String> paths = regionalPaths.computeIfAbsent(r.provider(), p -> new TreeSet<>());
      if (!r.home()) {
        paths.addAll(r.figures().prices.keySet());
        for (String stated : r.figures().tiers.keySet()) {
          // a region stating one variant of a tiered price (x86_64) makes them all regional
          String parent = stated.substring(0, stated.lastIndexOf('.') + 1);
          paths.add(stated);
          home.tiers.keySet().stream().filter(k -> k.startsWith(parent)).forEach(paths::add);
        }
      }
    }
    for (Provider provider : Provider.values()) {
      // figures marked regional: true differ by region even where no region states them yet
      regionalPaths.computeIfAbsent(provider, p -> new TreeSet<>()).addAll(home.regionalMarks);
    }
    this.views = new ConcurrentHashMap<>();
    this.region = null;
    this.figures = home;
  }

  private PriceCatalog(PriceCatalog catalog, String region, Figures figures) {
    this.home = catalog.home;
    this.regions = catalog.regions;
    this.regionalPaths = catalog.regionalPaths;
    this.views = catalog.views;
    this.region = region;
    this.figures = figures;
  }

  /** Returns the catalog shipped in the jar. */
  public static PriceCatalog builtIn() {
    PriceCatalog catalog = builtIn;
    if (catalog == null) {
      List<JsonNode> parts = new ArrayList<>();
      for (String resource : RESOURCES) {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException(
                "price catalog " + resource + " is missing from the jar");
          }
          parts.add(yaml().readTree(in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the price catalog", e);
        }
      }
      catalog = of(parts);
      builtIn = catalog;
    }
    return catalog;
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
    Map<String, CatalogRegion> regions = new TreeMap<>();
    if (regionsNode != null) {
      regionsNode
          .fields()
          .forEachRemaining(e -> regions.put(e.getKey(), region(e.getKey(), e.getValue())));
    }
    return new PriceCatalog(Figures.read(merged), Collections.unmodifiableMap(regions));
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
