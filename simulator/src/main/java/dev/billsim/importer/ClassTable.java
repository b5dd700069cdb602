package dev.billsim.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts requests per route while an import reads, and makes the request classes: the {@code top}
 * routes with the most requests, and one class {@value #OTHER} for the rest. Distinct routes are
 * counted up to a cap, beyond which further new routes count as {@value #OTHER} at once, so that
 * memory stays bounded whatever the logs hold.
 */
public final class ClassTable {
  /** The class of every route outside the top ones. */
  public static final String OTHER = "other";

  /** The most distinct routes counted one by one. */
  public static final int MAX_ROUTES = 100_000;

  private final Map<String, long[]> counts = new HashMap<>();
  private long overflow;

  /** Counts one request of {@code route}. */
  public void count(String route) {
    long[] n = counts.get(route);
    if (n != null) {
      n[0]++;
    } else if (counts.size() < MAX_ROUTES) {
      counts.put(route, new long[] {1});
    } else {
      overflow++;
    }
  }

  /** Returns the routes that become classes of their own: most requests first, then by name. */
  public List<String> top(int top) {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    List<String> routes = new ArrayList<>();
    for (int i = 0; i < Math.min(top, entries.size()); i++) {
      routes.add(entries.get(i).getKey());
    }
    return routes;
  }

  /** Returns the requests of a route. */
  public long requests(String route) {
    long[] n = counts.get(route);
    return n == null ? 0 : n[0];
  }

  /** Returns the requests of every route but {@code kept}, that is of class {@value #OTHER}. */
  public long others(List<String> kept) {
    long total = overflow;
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      if (!kept.contains(e.getKey())) {
        total += e.getValue()[0];
      }
    }
    return total;
  }

  /** Returns how many distinct routes were seen (at most {@link #MAX_ROUTES}). */
  public int routes() {
    return counts.size();
  }
}
