package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StepRoundingTest {
  /** Steps a model bills in, and the ones where a reciprocal goes wrong first. */
  private static final long[] STEPS = {
    1,
    2,
    3,
    7,
    1_000,
    1_000_000,
    100_000_000,
    300_000_000_000L,
    (1L << 31) - 1,
    1L << 40,
    (1L << 61) + 12_345,
    (1L << 62) - 1
  };

  @Test
  void roundUp_billingSteps_matchesDivision() {
    StepRounding millisecond = StepRounding.MILLISECOND;
    assertThat(millisecond.roundUp(0)).isZero();
    assertThat(millisecond.roundUp(1)).isEqualTo(1_000_000);
    assertThat(millisecond.roundUp(1_000_000)).isEqualTo(1_000_000);
    assertThat(millisecond.roundUp(1_000_001)).isEqualTo(2_000_000);
    assertThat(millisecond.roundUp(2_499_999_999L)).isEqualTo(2_500_000_000L);
    assertThat(new StepRounding(100_000_000).roundUp(150_000_000)).isEqualTo(200_000_000);
  }

  @Test
  void roundUp_everyStepAndRange_matchesDivision() {
    SplittableRandom random = new SplittableRandom(7);
    for (long step : STEPS) {
      StepRounding rounding = new StepRounding(step);
      long max = Long.MAX_VALUE - step + 1; // the largest duration whose round-up fits a long
      for (int i = 0; i < 20_000; i++) {
        // Half near the top of the range, where the estimate is one short most often; the rest
        // spread over every magnitude, and every value next to a multiple of the step.
        long nanos =
            switch (i % 4) {
              case 0 -> max - random.nextLong(Math.min(max, 1L << 40));
              case 1 -> random.nextLong(max) >>> random.nextInt(63);
              default -> {
                long multiple = random.nextLong(max / step) * step;
                yield Math.max(0, Math.min(max, multiple + (i % 4 == 2 ? 1 : -1)));
              }
            };
        assertThat(rounding.roundUp(nanos))
            .as("%d up to %d", nanos, step)
            .isEqualTo(up(nanos, step));
      }
      assertThat(rounding.roundUp(max)).isEqualTo(up(max, step));
    }
  }

  @Test
  void roundUpElapsedAndLater_withoutBranches_matchMathMax() {
    StepRounding rounding = new StepRounding(100_000_000);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 10_000; i++) {
      long from = random.nextLong(1L << 50);
      long to = random.nextLong(1L << 50);
      assertThat(rounding.roundUpElapsed(from, to))
          .isEqualTo(up(Math.max(0, to - from), 100_000_000));
      assertThat(StepRounding.later(from, to)).isEqualTo(Math.max(from, to));
    }
    assertThat(rounding.roundUpElapsed(5, 5)).isZero();
  }

  @Test
  void new_stepBelowOne_refused() {
    assertThatThrownBy(() -> new StepRounding(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The reference: a hardware division, with no overflow for nanos <= MAX - step + 1. */
  private static long up(long nanos, long step) {
    long steps = nanos / step + (nanos % step == 0 ? 0 : 1);
    return steps * step;
  }
}
