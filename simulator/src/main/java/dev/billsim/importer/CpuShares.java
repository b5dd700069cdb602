package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Says what share of each recorded duration is CPU, for a format that records none: one share for
 * every route, a share per route, or the shares measured in a companion trace of the same app (a
 * Workers or OpenTelemetry import, which record CPU): each route's own where the companion has it,
 * the companion's overall share otherwise.
 *
 * @param fallback the share of a route without its own, or null when every route must have one
 * @param byRoute shares of single routes
 * @param origin how the shares were set, for the scenario's comment
 */
public record CpuShares(BigDecimal fallback, Map<String, BigDecimal> byRoute, String origin) {
  /** Checks the shares. */
  public CpuShares {
    Objects.requireNonNull(origin, "origin");
    byRoute = Map.copyOf(byRoute);
  }

  private static final Pattern HTTP_METHOD =
      Pattern.compile("GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE");

  /** Returns one share for every route. */
  public static CpuShares flat(BigDecimal share) {
    return new CpuShares(share, Map.of(), "--cpu-share");
  }

  /** Returns the share of a route's durations that is CPU, or null when none is set for it. */
  BigDecimal of(String route) {
    return byRoute.getOrDefault(route, fallback);
  }

  /**
   * Measures the shares in a companion trace of {@code format}, which must record CPU: per route,
   * its CPU over its duration; overall, the same over every request.
   */
  public static CpuShares measured(ImportFormat format, Path file, String label)
      throws IOException, ImportException {
    if (!format.recordsCpu()) {
      throw new IllegalArgumentException(format.key() + " records no CPU time");
    }
    Map<String, BigInteger[]> sums = new HashMap<>();
    BigInteger cpu = BigInteger.ZERO;
    BigInteger wall = BigInteger.ZERO;
    MalformedLines bad = new MalformedLines(1);
    try (RequestReader reader =
        format.open(LineSource.open(file, label, Importer.MAX_LINE_BYTES), bad)) {
      for (RecordedRequest r = reader.next(); r != null; r = reader.next()) {
        BigInteger c = BigInteger.valueOf(r.cpuNanos());
        BigInteger w = BigInteger.valueOf(r.wallNanos());
        BigInteger[] s =
            sums.computeIfAbsent(
                r.route(), k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
        s[0] = s[0].add(c);
        s[1] = s[1].add(w);
        cpu = cpu.add(c);
        wall = wall.add(w);
      }
    }
    if (wall.signum() == 0) {
      throw new ImportException(
          label,
          0,
          "requests with durations, whose CPU share can be measured",
          "none",
          "give a trace of the same app with CPU and wall times (" + format.key() + ")");
    }
    Map<String, BigDecimal> byRoute = new LinkedHashMap<>();
    for (Map.Entry<String, BigInteger[]> e : new TreeMap<>(sums).entrySet()) {
      if (e.getValue()[1].signum() > 0) {
        BigDecimal share = share(e.getValue()[0], e.getValue()[1]);
        byRoute.put(e.getKey(), share);
        // A Workers route names its script first ("shop-edge GET /x"): the same route in a log
        // of another platform is "GET /x".
        String[] parts = e.getKey().split(" ", 3);
        if (parts.length == 3 && HTTP_METHOD.matcher(parts[1]).matches()) {
          byRoute.putIfAbsent(parts[1] + " " + parts[2], share);
        }
      }
    }
    return new CpuShares(
        share(cpu, wall), byRoute, "measured in " + label + " (" + format.key() + ")");
  }

  private static BigDecimal share(BigInteger cpu, BigInteger wall) {
    return new BigDecimal(cpu)
        .divide(new BigDecimal(wall), MathContext.DECIMAL64)
        .min(BigDecimal.ONE);
  }
}
