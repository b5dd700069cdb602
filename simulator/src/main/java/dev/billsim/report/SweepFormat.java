package dev.billsim.report;

import dev.billsim.sweep.SweepResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Lists the files a sweep writes: each constant names a file and its reporter. A chart is one more
 * constant.
 */
public enum SweepFormat {
  /** One row per point and platform, for spreadsheets and plotting tools. */
  CSV("sweep.csv", SweepCsvReporter::new),
  /** The same rows with every metric and line item, for programs; documented in docs/sweeps.md. */
  JSON("sweep.json", SweepJsonReporter::new),
  /** The monthly totals as a table of points by platforms, as printed on stdout. */
  TABLE("sweep.txt", SweepTableReporter::new);

  private final String fileName;
  private final Supplier<SweepReporter> factory;

  SweepFormat(String fileName, Supplier<SweepReporter> factory) {
    this.fileName = fileName;
    this.factory = factory;
  }

  /** Returns the name of the file written into the sweep's output directory. */
  public String fileName() {
    return fileName;
  }

  /** Renders a result in this format. */
  public String render(SweepResult result) {
    StringWriter text = new StringWriter();
    try {
      factory.get().write(result, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
