package dev.billsim.pricelist;

import java.util.Map;

/**
 * Keeps the few facts of one matched SKU: what it prices in the catalog, where, and an instance
 * type's size.
 *
 * @param path the catalog path it prices, e.g. {@code lambda.usd-per-gb-second}, or {@code
 *     ec2.instances} for an instance type
 * @param variant the tiered price's variant ({@code x86_64}, {@code arm64}), the instance type's
 *     name, or null for a plain figure
 * @param regionName the region's name in the offer file, e.g. {@code EU (Ireland)}
 */
record OfferProduct(
    String sku,
    String path,
    String variant,
    String region,
    String regionName,
    int vcpus,
    long memoryMb) {

  static final String INSTANCES = "ec2.instances";

  /** The attributes the filter reads; an import decodes no other. */
  static final java.util.Set<String> ATTRIBUTES =
      java.util.Set.of(
          "regionCode",
          "location",
          "group",
          "usagetype",
          "instanceType",
          "operatingSystem",
          "tenancy",
          "preInstalledSw",
          "capacitystatus",
          "licenseModel",
          "operation",
          "marketoption",
          "vcpu",
          "memory");

  /** Lambda's product groups: the catalog path and variant each prices. */
  private static final Map<String, String[]> LAMBDA_GROUPS =
      Map.of(
          "AWS-Lambda-Requests", new String[] {"lambda.usd-per-million-requests", null},
          "AWS-Lambda-Duration", new String[] {"lambda.usd-per-gb-second", "x86_64"},
          "AWS-Lambda-Duration-ARM", new String[] {"lambda.usd-per-gb-second", "arm64"},
          "AWS-Lambda-Provisioned-Concurrency",
              new String[] {"lambda.provisioned-usd-per-gb-second", "x86_64"},
          "AWS-Lambda-Provisioned-Concurrency-ARM",
              new String[] {"lambda.provisioned-usd-per-gb-second", "arm64"},
          "AWS-Lambda-Duration-Provisioned",
              new String[] {"lambda.provisioned-duration-usd-per-gb-second", "x86_64"},
          "AWS-Lambda-Duration-Provisioned-ARM",
              new String[] {"lambda.provisioned-duration-usd-per-gb-second", "arm64"});

  /** Fargate's Linux usage types (after the region prefix): the catalog path and variant. */
  private static final Map<String, String[]> FARGATE_USAGE =
      Map.of(
          "Fargate-vCPU-Hours:perCPU", new String[] {"fargate.usd-per-vcpu-hour", "x86_64"},
          "Fargate-ARM-vCPU-Hours:perCPU", new String[] {"fargate.usd-per-vcpu-hour", "arm64"},
          "Fargate-GB-Hours", new String[] {"fargate.usd-per-gb-hour", "x86_64"},
          "Fargate-ARM-GB-Hours", new String[] {"fargate.usd-per-gb-hour", "arm64"});

  /**
   * Returns what a product prices if the filter keeps it, or null: an EC2 Linux on-demand
   * shared-tenancy instance, a Lambda request, duration or provisioned-concurrency price, or a
   * Fargate Linux vCPU or memory price.
   */
  static OfferProduct of(
      String sku, String family, Map<String, String> attributes, OfferFilter filter) {
    String region = attributes.get("regionCode");
    String location = attributes.getOrDefault("location", "");
    if (region == null || region.isBlank()) {
      region = filter.regionsByLocation().get(location);
    }
    if (region == null || !filter.region(region)) {
      return null;
    }
    String group = attributes.getOrDefault("group", "");
    String[] lambda = LAMBDA_GROUPS.get(group);
    if (lambda != null) {
      return new OfferProduct(sku, lambda[0], lambda[1], region, location, 0, 0);
    }
    String usage = attributes.getOrDefault("usagetype", "");
    int dash = usage.indexOf('-');
    String[] fargate = FARGATE_USAGE.get(usage);
    if (fargate == null && dash > 0) {
      fargate = FARGATE_USAGE.get(usage.substring(dash + 1));
    }
    if (fargate != null) {
      return new OfferProduct(sku, fargate[0], fargate[1], region, location, 0, 0);
    }
    return family != null && family.startsWith("Compute Instance")
        ? instance(sku, attributes, region, location, filter)
        : null;
  }

  private static OfferProduct instance(
      String sku, Map<String, String> a, String region, String location, OfferFilter filter) {
    String type = a.get("instanceType");
    boolean linuxOnDemand =
        "Linux".equals(a.get("operatingSystem"))
            && "Shared".equals(a.get("tenancy"))
            && "NA".equals(a.get("preInstalledSw"))
            && "Used".equals(a.get("capacitystatus"))
            && "No License required".equals(a.get("licenseModel"))
            && "RunInstances".equals(a.getOrDefault("operation", "RunInstances"))
            && "OnDemand".equals(a.getOrDefault("marketoption", "OnDemand"));
    if (!linuxOnDemand || type == null || type.isBlank() || !filter.instanceType(type)) {
      return null;
    }
    int vcpus = Sizes.vcpus(a.get("vcpu"));
    long memoryMb = Sizes.memoryMb(a.get("memory"));
    if (vcpus < 1 || memoryMb < 1) {
      return null; // a product without a size cannot be simulated
    }
    return new OfferProduct(sku, INSTANCES, type, region, location, vcpus, memoryMb);
  }
}
