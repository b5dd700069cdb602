package dev.billsim.meter;

/**
 * Tracks requests in flight over simulated time: the time-average over the horizon and the maximum.
 *
 * <p>The average integrates the in-flight count over [0, horizon] only, so the drain after the
 * horizon (requests that arrived in time finishing late) does not dilute it; it is the quantity
 * Little's law L = lambda W speaks of.
 */
public final class ConcurrencyMeter {
  private final long horizonNanos;
  private final ExactSum areaNanos = new ExactSum();
  private long inFlight;
  private long max;
  private long lastChangeNanos;

  /** Creates a meter for a run whose arrivals stop at {@code horizonNanos}. */
  public ConcurrencyMeter(long horizonNanos) {
    this.horizonNanos = horizonNanos;
  }

  /** Records one more request in flight from {@code nowNanos}. */
  public void increment(long nowNanos) {
    advance(nowNanos);
    if (++inFlight > max) {
      max = inFlight;
    }
  }

  /** Records one request fewer in flight from {@code nowNanos}. */
  public void decrement(long nowNanos) {
    advance(nowNanos);
    inFlight--;
  }

  private void advance(long nowNanos) {
    if (lastChangeNanos < horizonNanos) {
      areaNanos.addProduct(inFlight, Math.min(nowNanos, horizonNanos) - lastChangeNanos);
    }
    lastChangeNanos = nowNanos;
  }

  /** Returns the number of requests in flight now. */
  public long inFlight() {
    return inFlight;
  }

  /** Returns the highest number of requests in flight at once. */
  public long max() {
    return max;
  }

  /** Returns the time-average number in flight over [0, horizon]; call after the run drained. */
  public double mean() {
    advance(Math.max(lastChangeNanos, horizonNanos));
    return areaNanos.doubleValue() / horizonNanos;
  }
}
