package dev.billsim.pricelist;

import dev.billsim.billing.PriceCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a synthetic offer file of the size given (bytes) and prints what it measured; run in a
 * forked JVM with a small heap by {@link LargeOfferStreamTest}.
 */
public final class LargeOfferMain {
  private LargeOfferMain() {}

  /** Imports {@code args[0]} bytes of synthetic offer file and prints one line of results. */
  public static void main(String[] args) throws Exception {
    long bytes = Long.parseLong(args[0]);
    SyntheticOffer[] offer = new SyntheticOffer[1];
    AwsImport imported = new AwsImport(PriceCatalog.builtIn());
    OfferFilter filter = new OfferFilter(Set.of("eu-west-1"), Set.of(), Set.of("m7g"), Map.of());
    long start = System.nanoTime();
    long products =
        imported.read(
            "synthetic-AmazonEC2.json",
            () -> offer[0] = new SyntheticOffer(bytes),
            filter,
            (read, seen, matched) -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    String yaml = imported.yaml();
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "bytes=%d products=%d prices=%d seconds=%.2f mbPerSecond=%.1f heapPoolPeaksSumMb=%.1f"
            + " maxHeapMb=%d hasLast=%b%n",
        offer[0].produced(),
        products,
        imported.count(),
        seconds,
        offer[0].produced() / 1e6 / seconds,
        peakHeap / 1e6,
        Runtime.getRuntime().maxMemory() >> 20,
        yaml.contains("m7g.2xlarge") && yaml.contains("usd-per-hour: \"0.0894\""));
  }
}
