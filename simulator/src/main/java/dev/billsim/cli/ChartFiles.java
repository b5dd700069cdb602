package dev.billsim.cli;

import dev.billsim.chart.ChartImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Names the files that charts and pages are written to in an output directory. */
final class ChartFiles {
  /** The self-contained page. */
  static final String INDEX = "index.html";

  /** The Markdown summary. */
  static final String SUMMARY = "summary.md";

  /** The subdirectory that holds the charts. */
  static final String DIRECTORY = "charts/";

  private ChartFiles() {}

  /** Adds each chart as {@code charts/NAME.png} and {@code charts/NAME.svg}, in order. */
  static void add(List<ChartImage> charts, Map<String, byte[]> files) {
    for (ChartImage chart : charts) {
      files.put(DIRECTORY + chart.name() + ".png", chart.png());
      files.put(DIRECTORY + chart.name() + ".svg", chart.svg().getBytes(StandardCharsets.UTF_8));
    }
  }
}
