package dev.billsim.scenario;

/**
 * Names a figure the provider billed that a scenario can record for one of its platforms ({@code
 * recorded:}), so that a report compares it with billsim's: what {@code billsim import} writes.
 */
public enum RecordedFigure {
  /** Lambda's billed duration, summed: INIT plus duration, each rounded up to the millisecond. */
  BILLED_MS("billed-ms", "billed duration", "ms"),
  /** Lambda's billed GB-seconds (1 GB = 1024 MB). */
  BILLED_GB_SECONDS("billed-gb-seconds", "billed GB-seconds", "GB-s"),
  /** CPU time, as Workers bills it. */
  CPU_MS("cpu-ms", "CPU time", "ms");

  private final String key;
  private final String label;
  private final String unit;

  RecordedFigure(String key, String label, String unit) {
    this.key = key;
    this.label = label;
    this.unit = unit;
  }

  /** Returns the scenario-file key. */
  public String key() {
    return key;
  }

  /** Returns what the figure is, for reports. */
  public String label() {
    return label;
  }

  /** Returns its unit. */
  public String unit() {
    return unit;
  }
}
