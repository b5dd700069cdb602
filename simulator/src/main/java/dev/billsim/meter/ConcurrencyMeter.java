package dev.billsim.meter;

import java.util.Arrays;

/**
 * Tracks requests in flight over simulated time, in the steady-state window from the warm-up to the
 * horizon: the time-average, the maximum, and the time spent at each level.
 *
 * <p>Each change adds the time since the last one to the current level's total: one array update.
 * The time-average is computed from those totals when asked (sum of level x time, exactly), not
 * accumulated per change.
 *
 * <p>The window ends at the horizon, so the drain after it (requests that arrived in time finishing
 * late) does not dilute the average; it is the quantity Little's law L = lambda W speaks of. The
 * level array grows to the highest level seen, a handful of times per run; nothing else allocates.
 */
public final class ConcurrencyMeter {
  private final long warmupNanos;
  private final long horizonNanos;
  private long[] levelNanos = new long[64];
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
    this.lastChangeNanos = warmupNanos;
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
    // Before the window opens and after it closes nothing is counted: the last change stays at
    // the warm-up, or reaches the horizon and stays there.
    long to = Math.min(nowNanos, horizonNanos);
    long elapsedNanos = to - lastChangeNanos;
    if (elapsedNanos > 0) {
      if (lastChangeNanos == warmupNanos && inFlight > max) {
        max = inFlight; // the level the window opened at
      }
      int level = (int) inFlight;
      long[] levels = levelNanos;
      if (level >= levels.length) {
        levels = levelNanos = Arrays.copyOf(levels, Math.max(level + 1, levels.length * 2));
      }
      levels[level] += elapsedNanos;
      lastChangeNanos = to;
    }
  }

  /** Returns the number of requests in flight now. */
  public long inFlight() {
    return inFlight;
  }

  /** Returns the highest number of requests in flight at once in the window. */
  public long max() {
    return max;
  }

  /** Returns the time-average number in flight over the window; call after the run drained. */
  public double mean() {
    advance(horizonNanos);
    ExactSum areaNanos = new ExactSum();
    for (int level = 1; level < levelNanos.length; level++) {
      areaNanos.addProduct(level, levelNanos[level]);
    }
    return areaNanos.doubleValue() / (horizonNanos - warmupNanos);
  }

  /** Returns the time at each level in the window, trimmed; call after the run drained. */
  long[] levelNanos() {
    advance(horizonNanos);
    int levels = levelNanos.length;
    while (levels > 1 && levelNanos[levels - 1] == 0) {
      levels--;
    }
    return Arrays.copyOf(levelNanos, levels);
  }
}
