package dev.billsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads billsim's version from the properties file Maven writes into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {
      "billsim " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** Returns billsim's version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code (unknown version)}. */
  static String version() throws IOException {
    return properties().getProperty("version", "(unknown version)");
  }

  /**
   * Returns when this billsim was built (UTC, {@code yyyyMMddHHmmss}): two builds of one snapshot
   * version may simulate differently, so a shard's part names its build.
   */
  static String build() throws IOException {
    return properties().getProperty("build", "(unknown build)");
  }

  private static Properties properties() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties;
  }
}
