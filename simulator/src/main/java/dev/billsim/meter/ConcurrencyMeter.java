package dev.billsim.meter;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Tracks requests in flight over simulated time: the time-average, the maximum and the time spent
 * at each level in the steady-state window from the warm-up to the horizon, and the area under the
 * level from time 0 up to any time reached (the time series' in-flight buckets).
 *
 * <p>Each change adds the time since the last one to the current level's total: one array update.
 * Averages and areas are computed from those totals when asked (sum of level x time, exactly), not
 * accumulated per change, so the time series adds nothing per change either. The totals count from
 * time 0; the window's are those less a copy taken when the window opens, once a run.
 *
 * <p>The window ends at the horizon, so the drain after it (requests that arrived in time finishing
 * late) does not dilute the average; it is the quantity Little's law L = lambda W speaks of. The
 * level array grows to the highest level seen, a handful of times per run; nothing else allocates.
 */
public final class ConcurrencyMeter {
  private static final long[] NOTHING_BEFORE = new long[0];

  private final long warmupNanos;
  private final long horizonNanos;
  private long[] levelNanos = new long[64];
  // The level totals when the window opened (null until then): subtracted from the totals.
  private long[] beforeWindowNanos;
  private long inFlight;
  private long max;
  private long lastChangeNanos;

  /** Creates a meter for a run whose arrivals stop at {@code horizonNanos}, from time 0. */
  public ConcurrencyMeter(long horizonNanos) {
    this(0, horizonNanos);
  }

  /** Creates a meter whose window runs from {@code warmupNanos} to {@code horizonNanos}. */
  public ConcurrencyMeter(long warmupNanos, long horizonNanos) {
    if (warmupNanos < 0 || warmupNanos >= horizonNanos) {
      throw new IllegalArgumentException("need 0 <= warm-up < horizon");
    }
    this.warmupNanos = warmupNanos;
    this.horizonNanos = horizonNanos;
  }

  /** Records one more request in flight from {@code nowNanos}. */
  public void increment(long nowNanos) {
    advance(nowNanos);
    inFlight++;
    if (nowNanos >= warmupNanos && inFlight > max) {
      max = inFlight;
    }
  }

  /** Records one request fewer in flight from {@code nowNanos}. */
  public void decrement(long nowNanos) {
    advance(nowNanos);
    inFlight--;
  }

  private void advance(long nowNanos) {
    // After the horizon nothing is counted: the last change reaches it and stays there.
    long to = Math.min(nowNanos, horizonNanos);
    long elapsedNanos = to - lastChangeNanos;
    if (elapsedNanos > 0) {
      if (beforeWindowNanos == null) {
        openWindow(to);
        return;
      }
      count(elapsedNanos);
      lastChangeNanos = to;
    }
  }

  // Out of line: until the window opens, once or a few times a run.
  private void openWindow(long toNanos) {
    if (toNanos <= warmupNanos) {
      count(toNanos - lastChangeNanos);
      lastChangeNanos = toNanos;
      return;
    }
    count(warmupNanos - lastChangeNanos);
    beforeWindowNanos = warmupNanos == 0 ? NOTHING_BEFORE : levelNanos.clone();
    if (inFlight > max) {
      max = inFlight; // the level the window opened at
    }
    count(toNanos - warmupNanos);
    lastChangeNanos = toNanos;
  }

  private void count(long elapsedNanos) {
    int level = (int) inFlight;
    long[] levels = levelNanos;
    if (level >= levels.length) {
      levels = levelNanos = Arrays.copyOf(levels, Math.max(level + 1, levels.length * 2));
    }
    levels[level] += elapsedNanos;
  }

  /** Returns the number of requests in flight now. */
  public long inFlight() {
    return inFlight;
  }

  /** Returns the highest number of requests in flight at once in the window. */
  public long max() {
    return max;
  }

  /**
   * Returns the area under the number in flight (requests x nanoseconds) from time 0 to {@code
   * atNanos}, cut at the horizon, exactly; {@code atNanos} must not precede the last change.
   *
   * @throws IllegalStateException if a change was recorded after {@code atNanos}
   */
  BigInteger areaNanosTo(long atNanos) {
    long to = Math.min(atNanos, horizonNanos);
    if (to < lastChangeNanos) {
      throw new IllegalStateException(
          "area asked to " + atNanos + " ns, before the last change at " + lastChangeNanos + " ns");
    }
    ExactSum area = new ExactSum();
    for (int level = 1; level < levelNanos.length; level++) {
      area.addProduct(level, levelNanos[level]);
    }
    area.addProduct(inFlight, to - lastChangeNanos);
    return area.value();
  }

  /** Returns the time-average number in flight over the window; call after the run drained. */
  public double mean() {
    long[] window = levelNanos();
    ExactSum areaNanos = new ExactSum();
    for (int level = 1; level < window.length; level++) {
      areaNanos.addProduct(level, window[level]);
    }
    return areaNanos.doubleValue() / (horizonNanos - warmupNanos);
  }

  /** Returns the time at each level in the window, trimmed; call after the run drained. */
  long[] levelNanos() {
    advance(horizonNanos);
    long[] window = levelNanos.clone();
    for (int level = 0; level < beforeWindowNanos.length; level++) {
      window[level] -= beforeWindowNanos[level];
    }
    int levels = window.length;
    while (levels > 1 && window[levels - 1] == 0) {
      levels--;
    }
    return Arrays.copyOf(window, levels);
  }
}
