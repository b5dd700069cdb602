package dev.billsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ChartRenderingTest {
  private static ChartImage image(String name) {
    return new ChartImage(name, name, new byte[] {1}, "<svg/>");
  }

  @Test
  void join_returnsEveryImageInTheOrderGiven_whicheverFinishesFirst() {
    // The first chart waits until the last is drawn, so it finishes last whatever thread takes it.
    CountDownLatch lastDrawn = new CountDownLatch(1);
    List<Supplier<ChartImage>> charts = new ArrayList<>();
    charts.add(
        () -> {
          try {
            assertThat(lastDrawn.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return image("first");
        });
    for (int i = 1; i < 5; i++) {
      String name = "chart-" + i;
      charts.add(() -> image(name));
    }
    charts.add(
        () -> {
          lastDrawn.countDown();
          return image("last");
        });

    List<ChartImage> images = ChartRendering.start(charts).join();

    assertThat(images)
        .extracting(ChartImage::name)
        .containsExactly("first", "chart-1", "chart-2", "chart-3", "chart-4", "last");
  }

  @Test
  void join_rethrowsTheFirstFailureInTheOrderGiven() {
    List<Supplier<ChartImage>> charts =
        List.of(
            () -> image("fine"),
            () -> {
              throw new IllegalStateException("second chart");
            },
            () -> {
              throw new IllegalArgumentException("third chart");
            });

    assertThatThrownBy(() -> ChartRendering.start(charts).join())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("second chart");
  }

  @Test
  void join_ofNoCharts_isEmpty() {
    assertThat(ChartRendering.start(List.of()).join()).isEmpty();
  }
}
