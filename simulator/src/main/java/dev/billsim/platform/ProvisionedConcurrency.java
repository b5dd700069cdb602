package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.StepRounding;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules Lambda provisioned concurrency: a constant level, or windows of simulated time (each
 * once, or every day) with a level each. Outside every window the level is zero.
 *
 * @param windows non-overlapping windows; a constant level is one window covering all time
 */
public record ProvisionedConcurrency(List<Window> windows) {
  /** AWS bills provisioned concurrency in steps of 5 minutes, rounded up. */
  public static final long BILLING_STEP_NANOS = 5 * SimTime.NANOS_PER_MINUTE;

  private static final StepRounding BILLING_STEP = new StepRounding(BILLING_STEP_NANOS);

  /**
   * One window of provisioned concurrency.
   *
   * @param fromNanos start, since time 0 (with {@code daily}, since each midnight)
   * @param toNanos end, exclusive
   * @param daily whether the window repeats every day
   */
  public record Window(long fromNanos, long toNanos, int level, boolean daily) {
    /** Checks the window. */
    public Window {
      if (fromNanos < 0 || toNanos <= fromNanos) {
        throw new IllegalArgumentException("a window needs 0 <= from < to");
      }
      if (daily && toNanos > SimTime.NANOS_PER_DAY) {
        throw new IllegalArgumentException("a daily window must end by 24h");
      }
      if (level < 1) {
        throw new IllegalArgumentException("a provisioned level must be at least 1");
      }
    }
  }

  /** Checks the windows and copies the list. */
  public ProvisionedConcurrency {
    windows = List.copyOf(windows);
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("no provisioned-concurrency windows");
    }
  }

  /** Returns a constant level for all time. */
  public static ProvisionedConcurrency constant(int level) {
    return new ProvisionedConcurrency(List.of(new Window(0, Long.MAX_VALUE, level, false)));
  }

  /** Returns whether the level never changes. */
  public boolean isConstant() {
    return windows.size() == 1
        && windows.get(0).fromNanos() == 0
        && windows.get(0).toNanos() == Long.MAX_VALUE;
  }

  /** Returns the level at {@code timeNanos}. */
  public int levelAt(long timeNanos) {
    for (Window w : windows) {
      long t = w.daily() ? timeNanos % SimTime.NANOS_PER_DAY : timeNanos;
      if (t >= w.fromNanos() && t < w.toNanos()) {
        return w.level();
      }
    }
    return 0;
  }

  /** Returns the first time after {@code timeNanos} at which the level may change. */
  public long nextChangeNanos(long timeNanos) {
    long next = Long.MAX_VALUE;
    for (Window w : windows) {
      if (w.daily()) {
        long dayStart = timeNanos - timeNanos % SimTime.NANOS_PER_DAY;
        for (long day = dayStart;
            day <= dayStart + SimTime.NANOS_PER_DAY;
            day += SimTime.NANOS_PER_DAY) {
          next = earliestAfter(next, timeNanos, day + w.fromNanos(), day + w.toNanos());
        }
      } else {
        next = earliestAfter(next, timeNanos, w.fromNanos(), w.toNanos());
      }
    }
    return next;
  }

  private static long earliestAfter(long best, long after, long a, long b) {
    if (a > after && a < best) {
      best = a;
    }
    if (b > after && b < best) {
      best = b;
    }
    return best;
  }

  /**
   * Returns the level-nanoseconds configured over [0, horizon): each occurrence of a window that
   * falls in the horizon counts for its level times its length rounded up to 5 minutes; a constant
   * level counts the horizon exactly, being configured all month, not switched on for it.
   */
  public List<long[]> occurrences(long horizonNanos) {
    List<long[]> found = new ArrayList<>();
    for (Window w : windows) {
      if (w.daily()) {
        for (long day = 0; day < horizonNanos; day += SimTime.NANOS_PER_DAY) {
          add(found, w, day + w.fromNanos(), day + w.toNanos(), horizonNanos);
        }
      } else {
        add(found, w, w.fromNanos(), w.toNanos(), horizonNanos);
      }
    }
    return found;
  }

  private void add(List<long[]> found, Window w, long from, long to, long horizonNanos) {
    if (from >= horizonNanos) {
      return;
    }
    long length = Math.min(to, horizonNanos) - from;
    if (!isConstant()) {
      length = BILLING_STEP.roundUp(length);
    }
    found.add(new long[] {w.level(), length});
  }
}
