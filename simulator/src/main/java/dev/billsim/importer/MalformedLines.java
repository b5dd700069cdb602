package dev.billsim.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts the lines an import could not read, keeps the first few to show with file and line, and
 * fails the import once they pass a limit: a share of the lines read, so that a log with a few torn
 * lines imports and a file of another format does not.
 */
public final class MalformedLines {
  /** How many malformed lines are shown. */
  public static final int SHOWN = 5;

  /** A line that could not be read: where, and why. */
  public record Line(String file, long line, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reason;
    }
  }

  private final double maxShare;
  private final List<Line> first = new ArrayList<>();
  private long count;

  /** Creates a counter that fails past {@code maxShare} (0 to 1) of the lines read. */
  public MalformedLines(double maxShare) {
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("a share from 0 to 1: " + maxShare);
    }
    this.maxShare = maxShare;
  }

  /** Records a line that could not be read. */
  public void add(String file, long line, String reason) {
    count++;
    if (first.size() < SHOWN) {
      first.add(new Line(file, line, reason));
    }
  }

  /** Returns how many lines could not be read. */
  public long count() {
    return count;
  }

  /** Returns the first few, in the order found. */
  public List<Line> first() {
    return List.copyOf(first);
  }

  /**
   * Fails when the malformed lines are more than the allowed share of {@code linesRead}, naming the
   * first of them.
   */
  public void check(long linesRead) throws ImportException {
    if (count > 0 && count > maxShare * Math.max(1, linesRead)) {
      Line line = first.get(0);
      throw new ImportException(
          line.file(),
          line.line(),
          String.format(
              Locale.ROOT, "at most %.4g%% of lines malformed (--max-malformed)", maxShare * 100),
          String.format(
              Locale.ROOT, "%,d of %,d lines; the first: %s", count, linesRead, line.reason()),
          "check that the files are in the format named, or raise --max-malformed");
    }
  }
}
