package dev.billsim.cli;

import dev.billsim.run.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Shows a run's progress on one rewritten stderr line, with elapsed time and an estimate of the
 * time left; silent when stderr is not a terminal, so logs and pipes stay clean.
 */
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;
  private final String label;
  private final long startNanos = System.nanoTime();
  private boolean shown;

  private StderrProgress(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** Returns a progress line for {@code label}, or a silent listener when it should not show. */
  static ProgressListener create(PrintWriter err, String label, boolean quiet) {
    return quiet || !stderrIsTerminal() ? ProgressListener.NONE : new StderrProgress(err, label);
  }

  @Override
  public void progress(double fraction) {
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    if (fraction >= 1.0) {
      if (shown) {
        err.print("\r\033[K");
        err.flush();
      }
      return;
    }
    String left =
        fraction > 0.02
            ? String.format(Locale.ROOT, ", about %.0f s left", elapsed * (1 - fraction) / fraction)
            : "";
    err.print(
        String.format(
            Locale.ROOT,
            "\r\033[Ksimulating %s: %3.0f%% (%.1f s%s)",
            label,
            100 * fraction,
            elapsed,
            left));
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
