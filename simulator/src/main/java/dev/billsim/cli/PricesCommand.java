package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import dev.billsim.pricelist.CatalogRows;
import dev.billsim.pricelist.ListFormat;
import dev.billsim.pricelist.PriceRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Lists the price catalog's figures, instance types and regions, with their provenance. */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Lists the prices billsim uses, with their source and date.",
    description = {
      "Lists each figure of the price catalog (path, band of a tiered price, value, unit,"
          + " effective date, source, note; secondary sources marked), then the instance types"
          + " (vCPUs, memory, USD per hour). QUERY keeps the paths that contain it, or, with * or"
          + " ?, that match it as a glob (case-insensitive).",
      "A QUERY that matches nothing, or an unknown --region, is bad input: a message on stderr,"
          + " nothing on stdout, exit 2."
    },
    subcommands = {PricesImportCommand.class},
    footer = {
      "",
      "Examples:",
      "  billsim prices lambda",
      "  billsim prices ec2 --region eu-west-1",
      "  billsim prices 'fargate.*.arm64' --format json",
      "  billsim prices --regions",
      "  billsim prices --catalog my-prices.yaml lambda",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is printed on stdout)."
    })
final class PricesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "A part of a path (lambda, ec2, arm64) or a glob (lambda.*.arm64).")
  String query;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "List the prices of one region, e.g. eu-west-1 (default: each provider's home region).")
  String region;

  @Option(names = "--regions", description = "List the regions per provider, with their names.")
  boolean regions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Mixin CatalogOptions catalogs;

  @Override
  public Integer call() {
    PriceCatalog catalog = catalogs.catalog();
    PrintWriter out = spec.commandLine().getOut();
    if (regions) {
      out.print(format.regions(regions(catalog)));
      out.flush();
      return 0;
    }
    PriceCatalog view = region == null ? catalog : inRegion(catalog, region);
    List<PriceRow> all = CatalogRows.all(view);
    List<PriceRow> rows = CatalogRows.matching(all, query);
    if (rows.isEmpty()) {
      List<String> paths = all.stream().map(PriceRow::path).distinct().toList();
      throw new UserError(
          "billsim prices " + query + (region == null ? "" : " --region " + region),
          "a query matching a catalog path" + (region == null ? "" : " priced in " + region),
          "'" + query + "', which matches none of " + paths.size() + " paths",
          "billsim prices"
              + (region == null ? "" : " --region " + region)
              + " lists them all"
              + hintFor(query, paths));
    }
    out.print(format.rows(rows));
    out.flush();
    return 0;
  }

  private static String hintFor(String query, List<String> paths) {
    for (String path : paths) {
      for (String segment : path.split("\\.")) {
        if (segment.length() > 2
            && dev.billsim.scenario.CatalogReader.closeTo(query.trim(), segment)) {
          return "; did you mean '" + segment + "'?";
        }
      }
    }
    return "";
  }

  private static PriceCatalog inRegion(PriceCatalog catalog, String region) {
    try {
      return catalog.inRegion(region.trim());
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (Provider p : Provider.values()) {
        known.addAll(catalog.regions(p));
      }
      throw new UserError(
          "--region " + region,
          "a region in the catalog (" + String.join(", ", known) + ")",
          "'" + region + "'",
          "billsim prices --regions lists them with their names; an overlay (--catalog) may add"
              + " one");
    }
  }

  private static List<Map<String, Object>> regions(PriceCatalog catalog) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Provider p : Provider.values()) {
      for (String r : catalog.regions(p)) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("provider", p.key());
        o.put("region", r);
        o.put("name", catalog.regionLabel(r));
        o.put("prices-as", catalog.pricesAs(r));
        o.put("home", r.equals(p.homeRegion()));
        list.add(o);
      }
    }
    return list;
  }

  /** Reads a format name in any case, naming the legal ones when it is not one of them. */
  static final class FormatConverter implements ITypeConverter<ListFormat> {
    @Override
    public ListFormat convert(String value) {
      ListFormat format = ListFormat.byKey(value);
      if (format == null) {
        throw new TypeConversionException(
            "expected one of text, json, csv, got '" + value + "'; e.g. --format json");
      }
      return format;
    }
  }
}
