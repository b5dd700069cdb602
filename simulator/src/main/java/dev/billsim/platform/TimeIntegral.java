package dev.billsim.platform;

/**
 * Integrates a whole-number level over simulated time (vCPUs busy, instances in service), so a
 * model can read its time-average over any window without sampling.
 *
 * <p>Each change folds the area since the last one: {@code O(1)}, no allocation. The area between
 * two {@link #takeArea} calls must fit a long: 9.2 x 10^18 level-nanoseconds, a thousand instances
 * of 64 vCPUs for 40 hours.
 */
final class TimeIntegral {
  private long level;
  private long sinceNanos;
  private long areaNanos;

  /** Returns the level now. */
  long level() {
    return level;
  }

  /** Changes the level by {@code delta} at {@code nowNanos}. */
  void add(long delta, long nowNanos) {
    fold(nowNanos);
    level += delta;
  }

  /** Returns the area (level x nanoseconds) since the last call, up to {@code nowNanos}. */
  long takeArea(long nowNanos) {
    fold(nowNanos);
    long area = areaNanos;
    areaNanos = 0;
    return area;
  }

  private void fold(long nowNanos) {
    areaNanos += level * (nowNanos - sinceNanos);
    sinceNanos = nowNanos;
  }
}
