package dev.billsim.pricelist;

import java.util.Map;
import java.util.Set;

/**
 * Says which AWS products an import keeps: regions (empty: every region), instance types and
 * instance families (both empty: every type).
 *
 * @param regions region codes, e.g. {@code eu-west-1}
 * @param instanceTypes EC2 instance types, e.g. {@code m7g.large}
 * @param families EC2 instance families, e.g. {@code m7g}
 * @param regionsByLocation region codes by the offer files' location names, for products that give
 *     no {@code regionCode}
 */
public record OfferFilter(
    Set<String> regions,
    Set<String> instanceTypes,
    Set<String> families,
    Map<String, String> regionsByLocation) {

  /** Copies the sets. */
  public OfferFilter {
    regions = Set.copyOf(regions);
    instanceTypes = Set.copyOf(instanceTypes);
    families = Set.copyOf(families);
    regionsByLocation = Map.copyOf(regionsByLocation);
  }

  /** Returns whether a region is asked for. */
  boolean region(String code) {
    return regions.isEmpty() || regions.contains(code);
  }

  /** Returns whether an instance type is asked for, by name or by family. */
  boolean instanceType(String type) {
    if (instanceTypes.isEmpty() && families.isEmpty()) {
      return true;
    }
    int dot = type.indexOf('.');
    return instanceTypes.contains(type) || (dot > 0 && families.contains(type.substring(0, dot)));
  }
}
