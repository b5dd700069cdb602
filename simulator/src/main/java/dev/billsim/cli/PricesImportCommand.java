package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import dev.billsim.input.IoReasons;
import dev.billsim.pricelist.AwsImport;
import dev.billsim.pricelist.OfferException;
import dev.billsim.pricelist.OfferFilter;
import dev.billsim.scenario.CatalogReader;
import dev.billsim.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports AWS Price List bulk offer files into a catalog overlay. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Imports a provider's published price list into a catalog overlay.",
    description = {
      "Streams AWS Price List bulk offer files (JSON, plain or gzip; AmazonEC2, AWSLambda,"
          + " AmazonECS for Fargate) and writes a catalog overlay with the prices of the regions"
          + " and instance types asked for: EC2 Linux on-demand shared-tenancy instances, Lambda"
          + " requests, duration tiers and provisioned concurrency, Fargate Linux vCPU and memory.",
      "Each price's source is the file and its publication date, its effective date the term's."
          + " Use the overlay with billsim run --catalog FILE or a scenario's catalog: key."
    },
    footer = {
      "",
      "Examples:",
      "  billsim prices import aws AmazonEC2.json.gz --out aws.yaml --region eu-west-1"
          + " --families m7g,c7i",
      "  billsim prices import aws AmazonEC2.json AWSLambda.json AmazonECS.json --out aws.yaml"
          + " --region us-east-1 --region eu-west-1 --instance-types m7g.large",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (no file is written)."
    })
final class PricesImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROVIDER", description = "aws (the only one so far).")
  String provider;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Offer files (.json or .json.gz).")
  List<Path> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The overlay to write (YAML); replaced if it exists.")
  Path out;

  @Option(
      names = "--region",
      split = ",",
      paramLabel = "REGION",
      description = "A region to import, e.g. eu-west-1; repeatable (default: every region).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--instance-types",
      split = ",",
      paramLabel = "TYPE",
      description = "EC2 instance types to import, e.g. m7g.large,c7i.xlarge.")
  List<String> instanceTypes = new ArrayList<>();

  @Option(
      names = "--families",
      split = ",",
      paramLabel = "FAMILY",
      description =
          "EC2 instance families to import, e.g. m7g,c7i (default with no --instance-types: all).")
  List<String> families = new ArrayList<>();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (!provider.equalsIgnoreCase("aws")) {
      throw new UserError(
          "billsim prices import " + provider,
          "a provider whose price list billsim imports: aws",
          "'" + provider + "'",
          "e.g. billsim prices import aws AmazonEC2.json --out aws.yaml --region eu-west-1");
    }
    if (Files.isDirectory(out)) {
      throw new UserError(
          "--out " + out, "a file to write", "a directory", "e.g. --out prices/aws-eu.yaml");
    }
    PrintWriter err = spec.commandLine().getErr();
    PriceCatalog catalog = PriceCatalog.builtIn();
    OfferFilter filter =
        new OfferFilter(
            trimmed(regions), trimmed(instanceTypes), trimmed(families), locations(catalog));
    AwsImport imported = new AwsImport(catalog);
    long products = 0;
    for (Path file : files) {
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      if (!Files.isRegularFile(file)) {
        throw new UserError(
            file.toString(),
            "an offer file",
            Files.exists(file) ? "a directory" : "no such file",
            "download one from https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json");
      }
      long size = Files.size(file);
      StderrBytes progress = new StderrBytes(err, name, size, quiet);
      try {
        products += imported.read(name, () -> Files.newInputStream(file), filter, progress);
      } catch (OfferException e) {
        throw new UserError(e.where(), e.expected(), e.got() + "; nothing was written", e.hint());
      } catch (NoSuchFileException e) {
        throw new UserError(file.toString(), "an offer file", "no such file", "check the path");
      } catch (IOException e) {
        throw new UserError(
            file.toString(), "a readable offer file", IoReasons.describe(e, file), "check it");
      }
      progress.done();
    }
    if (imported.count() == 0) {
      throw new UserError(
          String.join(" ", files.stream().map(Path::toString).toList()),
          "products matching the filter (regions "
              + (regions.isEmpty() ? "any" : String.join(",", regions))
              + (instanceTypes.isEmpty() && families.isEmpty()
                  ? ""
                  : ", types "
                      + String.join(",", instanceTypes)
                      + " families "
                      + String.join(",", families))
              + ") with on-demand prices",
          String.format(Locale.ROOT, "none of %,d products; nothing was written", products),
          "check the region codes (e.g. eu-west-1) and types; billsim imports EC2 Linux"
              + " shared-tenancy on-demand, Lambda and Fargate prices");
    }
    String yaml = imported.yaml();
    check(yaml);
    write(yaml);
    for (String warning : imported.warnings()) {
      err.println("billsim: warning: " + warning);
    }
    err.printf(
        Locale.ROOT,
        "billsim: wrote %s (%d prices from %,d products)%n",
        out,
        imported.count(),
        products);
    err.flush();
    return 0;
  }

  /** Checks the overlay as --catalog would read it: an import that fails it is a bug. */
  private void check(String yaml) throws IOException {
    Path temp = Files.createTempFile("billsim-overlay", ".yaml");
    try {
      Files.writeString(temp, yaml, StandardCharsets.UTF_8);
      CatalogReader.apply(PriceCatalog.builtIn(), List.of(temp));
    } catch (ScenarioException e) {
      throw new IllegalStateException("the imported overlay does not load: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void write(String yaml) throws IOException {
    Path absolute = out.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path temp = Files.createTempFile(dir, ".billsim-", ".yaml.tmp");
    try {
      Files.writeString(temp, yaml, StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Set<String> trimmed(List<String> values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (!v.isBlank()) {
        set.add(v.trim());
      }
    }
    return set;
  }

  /** Returns AWS region codes by the names offer files use (the catalog's, e.g. EU (Ireland)). */
  private static Map<String, String> locations(PriceCatalog catalog) {
    Map<String, String> byName = new HashMap<>();
    for (String region : catalog.regions(Provider.AWS)) {
      byName.put(catalog.regionLabel(region), region);
    }
    return byName;
  }

  /** Prints a file's progress on stderr: bytes read of its size, products, matched SKUs. */
  private static final class StderrBytes implements AwsImport.Progress {
    private final PrintWriter err;
    private final String name;
    private final long size;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private long bytes;
    private long products;
    private long matched;

    StderrBytes(PrintWriter err, String name, long size, boolean quiet) {
      this.err = err;
      this.name = name;
      this.size = size;
      this.quiet = quiet;
    }

    @Override
    public void update(long bytesRead, long productsSoFar, long matchedSoFar) {
      bytes = bytesRead;
      products = productsSoFar;
      matched = matchedSoFar;
      long now = System.nanoTime();
      if (!quiet && size > (32L << 20) && now - lastPrinted > 2_000_000_000L) {
        lastPrinted = now;
        print();
      }
    }

    void done() {
      if (!quiet) {
        print();
      }
    }

    private static String amount(long bytes) {
      return bytes < 10_000_000
          ? String.format(Locale.ROOT, "%,d bytes", bytes)
          : String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private void print() {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(
          Locale.ROOT,
          "billsim: %s: %s of %s read (%.0f%%), %,d products, %,d matched, %.1f s%n",
          name,
          amount(bytes),
          amount(size),
          size == 0 ? 100.0 : Math.min(100.0, 100.0 * bytes / size),
          products,
          matched,
          seconds);
      err.flush();
    }
  }
}
