package dev.billsim.report;

import java.util.Locale;
import java.util.function.Supplier;

/** Lists the report formats: each constant names a format, its file extension and its reporter. */
public enum ReportFormat {
  /** A plain-text table for the terminal. */
  TABLE("txt", TableReporter::new),
  /** JSON for programs; the shape is documented in docs/output.md and only ever gains fields. */
  JSON("json", JsonReporter::new),
  /** CSV, one row per platform, for spreadsheets. */
  CSV("csv", CsvReporter::new),
  /** Markdown tables, for pasting into a design document. */
  MARKDOWN("md", MarkdownReporter::new);

  private final String extension;
  private final Supplier<Reporter> factory;

  ReportFormat(String extension, Supplier<Reporter> factory) {
    this.extension = extension;
    this.factory = factory;
  }

  /** Returns the file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Creates a reporter of this format. */
  public Reporter reporter() {
    return factory.get();
  }

  /** Returns the lower-case name used on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
