package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Holds the one-pass CDF to the histogram's own percentiles, point by point. */
class LatencyCdfTest {
  @Test
  void everyPoint_isTheHistogramsValueAtItsPercentile() {
    SplittableRandom random = new SplittableRandom(21);
    for (int trial = 0; trial < 200; trial++) {
      Histogram histogram = new Histogram(3);
      // From a single value to many, spread over a few or over many orders of magnitude, with ties.
      int count = trial < 20 ? trial + 1 : random.nextInt(1, 50_000);
      long scale = 1L << random.nextInt(4, 40);
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int i = 0; i < count; i++) {
        long value =
            trial % 3 == 0
                ? random.nextLong(1, 8) * scale
                : (long) (scale * Math.exp(random.nextGaussian() * (trial % 7)));
        histogram.recordValue(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
      LatencyCdf cdf = LatencyCdf.of(histogram, min, max);

      assertThat(cdf.size()).isEqualTo(LatencyCdf.shareCount());
      assertThat(cdf.nanos(0)).isEqualTo(min);
      assertThat(cdf.nanos(cdf.size() - 1)).isEqualTo(max);
      for (int i = 1; i < cdf.size() - 1; i++) {
        long expected = Math.min(max, histogram.getValueAtPercentile(LatencyCdf.share(i) * 100));
        assertThat(cdf.nanos(i))
            .as("trial %d, share %s", trial, LatencyCdf.share(i))
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void countAt_roundsUpOneUlpBelowThePercentile_andIsAtLeastOne() {
    assertThat(LatencyCdf.countAt(50, 10)).isEqualTo(5);
    assertThat(LatencyCdf.countAt(50, 11)).isEqualTo(6);
    assertThat(LatencyCdf.countAt(1, 10)).isEqualTo(1);
    assertThat(LatencyCdf.countAt(0.0001, 3)).isEqualTo(1);
    assertThat(LatencyCdf.countAt(100, 7)).isEqualTo(7);
  }

  @Test
  void anEmptyHistogram_hasNoPoints() {
    assertThat(LatencyCdf.of(new Histogram(3), 0, 0).size()).isZero();
  }
}
