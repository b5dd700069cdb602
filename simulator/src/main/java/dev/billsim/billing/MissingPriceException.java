package dev.billsim.billing;

/**
 * Says the catalog has no figure at a path, in the region asked for: for a scenario's region, the
 * loader turns it into a problem naming the regions that are priced; anywhere else it is a bug.
 */
public final class MissingPriceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String region;

  MissingPriceException(String path, String region) {
    super("no price " + path + " in the catalog" + (region == null ? "" : " for region " + region));
    this.path = path;
    this.region = region;
  }

  /**
   * Returns the dotted path of the missing figure, e.g. {@code fargate.usd-per-vcpu-hour.arm64}.
   */
  public String path() {
    return path;
  }

  /** Returns the region asked for, or null for the catalog's home regions. */
  public String region() {
    return region;
  }
}
