package dev.billsim.billing;

/**
 * A cloud whose prices differ by region. The catalog's figures outside {@code regions:} are those
 * of each provider's home region; every other region states its own.
 */
public enum Provider {
  /** Amazon Web Services: Lambda, EC2, Fargate, API Gateway, load balancers, data transfer. */
  AWS("aws", "AWS", "us-east-1"),
  /** Google Cloud: Cloud Run and its network egress. */
  GOOGLE("google", "Google Cloud", "us-central1");

  private final String key;
  private final String label;
  private final String homeRegion;

  Provider(String key, String label, String homeRegion) {
    this.key = key;
    this.label = label;
    this.homeRegion = homeRegion;
  }

  /** Returns the provider's name for people, e.g. {@code AWS}. */
  public String label() {
    return label;
  }

  /** Returns the name the catalog's {@code provider:} field uses. */
  public String key() {
    return key;
  }

  /** Returns the region whose prices are the catalog's own, and a platform's default region. */
  public String homeRegion() {
    return homeRegion;
  }

  /** Returns the provider of a catalog name, or null. */
  public static Provider byKey(String key) {
    for (Provider provider : values()) {
      if (provider.key.equals(key)) {
        return provider;
      }
    }
    return null;
  }
}
