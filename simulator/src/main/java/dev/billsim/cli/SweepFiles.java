package dev.billsim.cli;

import dev.billsim.chart.ChartImage;
import dev.billsim.chart.ChartRendering;
import dev.billsim.chart.SweepChart;
import dev.billsim.report.SweepFormat;
import dev.billsim.report.SweepPages;
import dev.billsim.sweep.SweepResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every file a sweep writes (sweep.csv, sweep.json, sweep.txt, the charts, index.html and
 * summary.md) from its result, in memory: the one place that decides them, for whatever ran the
 * sweep, so that the same result always gives the same bytes.
 */
final class SweepFiles {
  private SweepFiles() {}

  /** Returns the files by name, in the order they are written. */
  static Map<String, byte[]> render(SweepResult result) {
    // The charts draw on other threads while the tables render here.
    ChartRendering charts = SweepChart.startAll(result);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (SweepFormat format : SweepFormat.values()) {
      files.put(format.fileName(), format.render(result).getBytes(StandardCharsets.UTF_8));
    }
    List<ChartImage> images = charts.join();
    ChartFiles.add(images, files);
    files.put(ChartFiles.INDEX, SweepPages.html(result, images).getBytes(StandardCharsets.UTF_8));
    files.put(
        ChartFiles.SUMMARY, SweepPages.markdown(result, images).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** Returns the table the command prints: the text of sweep.txt. */
  static String table(Map<String, byte[]> files) {
    return new String(files.get(SweepFormat.TABLE.fileName()), StandardCharsets.UTF_8);
  }
}
