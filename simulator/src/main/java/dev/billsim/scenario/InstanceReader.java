package dev.billsim.scenario;

import dev.billsim.billing.InstanceOffer;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.platform.InstanceType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the {@code instance} of {@code ec2} and {@code lambda-managed}: a catalog type by name, or
 * a custom one whose keys {@link FleetKeys#CUSTOM_INSTANCE} declares.
 */
final class InstanceReader {
  /** Where a user finds the catalog's types. */
  static final String HINT =
      "e.g. instance: m7g.large; billsim prices ec2 --region REGION lists the catalog's types";

  private final PriceCatalog catalog;
  private final Problems problems;

  InstanceReader(PriceCatalog catalog, Problems problems) {
    this.catalog = catalog;
    this.problems = problems;
  }

  /** Reads a catalog instance type name, or a custom type with its price. */
  InstanceType read(YamlNode node, String path, Map<String, BigDecimal> prices) {
    if (node instanceof YamlNode.Scalar) {
      String text = MapReader.text(node, path, "an instance type name", HINT, problems);
      if (text == null) {
        return null;
      }
      InstanceOffer offer = catalog.instance(text.trim()).orElse(null);
      if (offer == null) {
        problems.add(
            node,
            path,
            "an instance type in the catalog"
                + (catalog.region() == null ? "" : " priced in " + catalog.region()),
            node.describe(),
            Problems.didYouMean(text.trim(), catalog.instanceNames())
                + "billsim prices ec2"
                + (catalog.region() == null ? "" : " --region " + catalog.region())
                + " lists them; or describe your own: {vcpus: 1, memory: 2GB, usd-per-hour:"
                + " 0.0104}");
        return null;
      }
      return offer.type();
    }
    Bound custom =
        Bound.open(
            node,
            path,
            problems,
            "an instance type name or {vcpus, memory, usd-per-hour}",
            "e.g. {vcpus: 1, memory: 2GB, usd-per-hour: 0.0104}",
            FleetKeys.CUSTOM_INSTANCE);
    if (custom == null) {
      return null;
    }
    String hint = "a custom instance needs vcpus, memory and usd-per-hour";
    custom.require(FleetKeys.VCPUS, "a number of vCPUs", hint);
    custom.require(FleetKeys.CUSTOM_MEMORY, "a memory size such as 2GB", hint);
    custom.require(FleetKeys.USD_PER_HOUR, "an hourly price in US dollars", hint);
    if (!custom.ok()) {
      return null;
    }
    long vcpus = custom.get(FleetKeys.VCPUS);
    long memoryMb = custom.get(FleetKeys.CUSTOM_MEMORY);
    BigDecimal usdPerHour = custom.get(FleetKeys.USD_PER_HOUR);
    if (prices.containsKey("usd-per-hour")) {
      problems.add(
          node,
          path + ".usd-per-hour",
          "the hourly price given once",
          "it in both instance and prices",
          "keep usd-per-hour in the custom instance only");
      return null;
    }
    prices.put("usd-per-hour", usdPerHour);
    return new InstanceType("custom", (int) vcpus, memoryMb);
  }
}
