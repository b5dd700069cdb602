package dev.billsim.scenario;

import dev.billsim.billing.MissingPriceException;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.TrafficMismatch;
import dev.billsim.workload.Workload;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Checks each platform against the whole scenario once it is read: that the catalog prices
 * everything its bill needs in its region, and that it can finish the traffic's CPU work within
 * simulated time. Problems point at the platform's entry.
 */
final class PlatformChecks {
  private PlatformChecks() {}

  /**
   * Records each platform whose region lacks a price its bill needs (an API Gateway where only
   * Lambda is priced, an architecture or data transfer without a regional price), found by billing
   * an idle month of the scenario's kind (with sizes, data transfer is billed); returns whether
   * every platform is priced.
   */
  static boolean checkPriced(
      Workload workload,
      List<PlatformSpec> platforms,
      YamlNode.Sequence nodes,
      Problems problems,
      PriceCatalog catalog) {
    Usage idle =
        Usage.idle(SimTime.NANOS_PER_HOUR, workload.hasSizes(), workload.traffic().hasWebSockets());
    boolean priced = true;
    for (int i = 0; i < platforms.size(); i++) {
      PlatformSpec spec = platforms.get(i);
      if (spec.region() == null) {
        continue;
      }
      try {
        PlatformKind.ruleFor(spec, catalog, SimTime.NANOS_PER_MONTH).bill(idle);
      } catch (MissingPriceException e) {
        YamlNode.Mapping node = (YamlNode.Mapping) nodes.items().get(i);
        YamlNode at = node.entries().getOrDefault("region", node);
        problems.add(
            at,
            "platforms[" + i + "].region",
            "a region where the catalog prices everything this platform bills",
            spec.region() + ", where the catalog has no " + e.path(),
            "choose another region, or add the region's price with a catalog overlay (--catalog)");
        priced = false;
      }
    }
    return priced;
  }

  /**
   * Records each platform whose settings do not fit the traffic (a WebSocket front door without
   * WebSockets, or an HTTP one with them), pointing at the key; returns whether all fit.
   */
  static boolean checkTraffic(
      Workload workload, List<PlatformSpec> platforms, YamlNode.Sequence nodes, Problems problems) {
    boolean fits = true;
    for (int i = 0; i < platforms.size(); i++) {
      TrafficMismatch mismatch = platforms.get(i).mismatch(workload.traffic());
      if (mismatch != null) {
        YamlNode.Mapping node = (YamlNode.Mapping) nodes.items().get(i);
        problems.add(
            node.entries().getOrDefault(mismatch.key(), node),
            "platforms[" + i + "]." + mismatch.key(),
            mismatch.expected(),
            mismatch.got(),
            mismatch.hint());
        fits = false;
      }
    }
    return fits;
  }

  /**
   * Records each platform with a queue (a fleet, a pool, Durable Objects) that could not finish the
   * traffic's expected CPU work before the end of simulated time, and returns whether there was
   * none: a mistyped {@code cpu: 1000d} is refused here, with the arithmetic, rather than after a
   * long run. The run checks the same limit exactly, for what an estimate cannot foresee.
   */
  static boolean checkWork(
      Workload workload, List<PlatformSpec> platforms, YamlNode.Sequence nodes, Problems problems) {
    double requests = workload.expectedRequests();
    double cpuNanos = workload.meanCpuNanos();
    boolean fits = true;
    for (int i = 0; i < platforms.size(); i++) {
      PlatformSpec spec = platforms.get(i);
      double drainNanos = requests * cpuNanos / spec.maxVcpus();
      if (workload.horizonNanos() + drainNanos > SimTime.END_NANOS) {
        problems.add(
            nodes.items().get(i),
            "platforms[" + i + "]",
            "CPU work that "
                + spec.name()
                + " can finish within "
                + SimTime.formatRoughly(SimTime.END_NANOS)
                + " of simulated time (billsim's limit)",
            String.format(
                    Locale.ROOT,
                    "about %,.0f requests of %s of CPU each on at most %s vCPUs: ",
                    requests,
                    SimTime.formatRoughly(cpuNanos),
                    BigDecimal.valueOf(spec.maxVcpus()).stripTrailingZeros().toPlainString())
                + SimTime.formatRoughly(drainNanos)
                + " of work",
            "CPU steps are usually milliseconds: check the units of the requests' cpu steps,"
                + " or give the platform more vCPUs");
        fits = false;
      }
    }
    return fits;
  }
}
