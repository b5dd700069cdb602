package dev.billsim.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders charts on background threads while the caller writes the tables, then with the caller
 * when it {@link #join joins}: drawing and PNG encoding are most of the time a run or sweep spends
 * writing its files (benchmarks/README.md, "charts in the background"), and each chart is
 * independent of the others.
 *
 * <p>Each chart is built and drawn by one thread from the result alone, so its bytes do not depend
 * on which thread drew it or in what order; the images come back in the order they were given.
 */
public final class ChartRendering {
  private final List<Supplier<ChartImage>> charts;
  private final ChartImage[] images;
  private final Throwable[] failures;
  private final AtomicInteger next = new AtomicInteger();
  private final Thread[] helpers;

  private ChartRendering(List<Supplier<ChartImage>> charts) {
    this.charts = List.copyOf(charts);
    this.images = new ChartImage[charts.size()];
    this.failures = new Throwable[charts.size()];
    // The caller draws too once it joins, so one core is left for it; one helper at the least, so
    // that the charts start while the caller is still busy.
    int cores = Runtime.getRuntime().availableProcessors();
    this.helpers = new Thread[Math.min(charts.size(), Math.max(1, cores - 1))];
  }

  /**
   * Starts, on a background thread, what the first chart of a process would otherwise wait for:
   * Java2D and its font manager, the bundled font and its glyphs and the rasteriser, about 0.1 s
   * that then overlaps the simulation. Call it as soon as a command knows it will draw charts; it
   * draws nothing anyone sees, so calling it needlessly costs only CPU.
   */
  public static void warmUp() {
    Thread warmUp =
        new Thread(
            () -> {
              BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
              Graphics2D g = image.createGraphics();
              try {
                ChartTheme.hints(g);
                g.setFont(ChartTheme.font(12, false));
                g.drawString("0", 0, 8);
              } finally {
                g.dispose();
              }
            },
            "billsim-chart-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** Starts rendering {@code charts}, each of which builds and draws one chart. */
  public static ChartRendering start(List<Supplier<ChartImage>> charts) {
    ChartRendering rendering = new ChartRendering(charts);
    for (int i = 0; i < rendering.helpers.length; i++) {
      Thread helper = new Thread(rendering::renderRemaining, "billsim-chart-" + (i + 1));
      helper.setDaemon(true); // a caller that fails elsewhere still exits
      rendering.helpers[i] = helper;
      helper.start();
    }
    return rendering;
  }

  /**
   * Draws the charts no thread has taken yet, waits for the others, and returns every image in the
   * order given; a chart that failed rethrows its exception here (the first in that order).
   */
  public List<ChartImage> join() {
    renderRemaining();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (true) {
        try {
          helper.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the charts are needed whole: wait, then pass the interrupt on
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
    return List.of(images);
  }

  private void renderRemaining() {
    for (int i = next.getAndIncrement(); i < charts.size(); i = next.getAndIncrement()) {
      try {
        images[i] = charts.get(i).get();
      } catch (RuntimeException | Error e) {
        failures[i] = e;
      }
    }
  }
}
