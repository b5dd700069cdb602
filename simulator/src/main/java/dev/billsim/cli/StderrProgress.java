package dev.billsim.cli;

import dev.billsim.run.ProgressListener;
import dev.billsim.sweep.SweepProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Shows a run's or a sweep's progress on one rewritten stderr line, with elapsed time and an
 * estimate of the time left; silent when stderr is not a terminal, so logs and pipes stay clean.
 */
final class StderrProgress implements ProgressListener, SweepProgress {
  private final PrintWriter err;
  private final String label;
  private final long startNanos = System.nanoTime();
  private boolean shown;

  private StderrProgress(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** Returns a progress line for a run of {@code label}, or a silent listener. */
  static ProgressListener create(PrintWriter err, String label, boolean quiet) {
    return quiet || !stderrIsTerminal() ? ProgressListener.NONE : new StderrProgress(err, label);
  }

  /** Returns a progress line for a sweep of {@code label}, or a silent listener. */
  static SweepProgress forSweep(PrintWriter err, String label, boolean quiet) {
    return quiet || !stderrIsTerminal() ? SweepProgress.NONE : new StderrProgress(err, label);
  }

  @Override
  public void progress(double fraction) {
    show(fraction, "simulating " + label + ": %3.0f%%", 100 * fraction);
  }

  @Override
  public void points(int done, int total, double fraction) {
    show(
        done == total ? 1.0 : fraction,
        "sweeping " + label + ": %d of %d points, %.0f%%",
        done,
        total,
        100 * fraction);
  }

  /** Rewrites the line, or clears it once everything is done. */
  private void show(double fraction, String format, Object... args) {
    if (fraction >= 1.0) {
      if (shown) {
        err.print("\r\033[K");
        err.flush();
        shown = false;
      }
      return;
    }
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    String left =
        fraction > 0.02
            ? String.format(Locale.ROOT, ", about %.0f s left", elapsed * (1 - fraction) / fraction)
            : "";
    err.print(
        "\r\033[K"
            + String.format(Locale.ROOT, format, args)
            + String.format(Locale.ROOT, " (%.1f s%s)", elapsed, left));
    err.flush();
    shown = true;
  }

  /**
   * Tells whether stderr is a terminal: on Linux by its file descriptor, elsewhere by the console.
   */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
