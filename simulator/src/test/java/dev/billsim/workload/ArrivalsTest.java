package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.engine.RandomStream;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalsTest {
  private static Rate rate(String count, long perNanos) {
    return new Rate(new BigDecimal(count), perNanos, count + "/x");
  }

  private static long count(ArrivalProcess process) {
    long n = 0;
    while (process.nextArrivalNanos() != ArrivalProcess.NONE) {
      n++;
    }
    return n;
  }

  @Test
  void constant_threeMillionPerMonthOverAMonth_isExactlyThreeMillion() {
    // Invariant: constant arrivals give exactly round(rate x horizon) requests.
    ArrivalProcess process =
        new ArrivalSpec.Constant(rate("3000000", SimTime.NANOS_PER_MONTH))
            .create(SimTime.NANOS_PER_MONTH, null, List.of(), new double[0]);
    assertThat(count(process)).isEqualTo(3_000_000);
  }

  @Test
  void constant_kthArrival_isAtKOverRateRoundedToTheNanosecond() {
    // 7/s: interval 142,857,142.857... ns; arrival k is at round(k * 10^9 / 7) exactly, no drift.
    ArrivalProcess process =
        new ArrivalSpec.Constant(rate("7", SimTime.NANOS_PER_SECOND))
            .create(2_000_000 * SimTime.NANOS_PER_SECOND, null, List.of(), new double[0]);
    for (long k = 0; k < 7_000_001; k++) {
      long time = process.nextArrivalNanos();
      if (k == 1) {
        assertThat(time).isEqualTo(142_857_143L);
      }
      if (k == 7) {
        assertThat(time).isEqualTo(SimTime.NANOS_PER_SECOND);
      }
      if (k == 7_000_000) {
        assertThat(time).isEqualTo(1_000_000 * SimTime.NANOS_PER_SECOND);
      }
    }
  }

  @Test
  void constant_fractionalCount_roundsHalfUpAndStaysInsideTheHorizon() {
    // 2.5/s over 3 s = 7.5 -> 8 arrivals at 0, 0.4, ..., 2.8 s: all before the horizon.
    ArrivalProcess process =
        new ArrivalSpec.Constant(rate("2.5", SimTime.NANOS_PER_SECOND))
            .create(3 * SimTime.NANOS_PER_SECOND, null, List.of(), new double[0]);
    long last = -1;
    int n = 0;
    for (long t = process.nextArrivalNanos();
        t != ArrivalProcess.NONE;
        t = process.nextArrivalNanos()) {
      last = t;
      n++;
    }
    assertThat(n).isEqualTo(8);
    assertThat(last).isEqualTo(2_800_000_000L);
  }

  @Test
  void poisson_countOverTheHorizon_isNearRateTimesHorizon() {
    // Invariant: a Poisson count has mean and variance lambda*H; 5 standard deviations.
    long horizon = 3600 * SimTime.NANOS_PER_SECOND;
    double expected = 100.0 * 3600;
    ArrivalProcess process =
        new ArrivalSpec.Poisson(rate("100", SimTime.NANOS_PER_SECOND))
            .create(horizon, new RandomStream(5), List.of(), new double[0]);
    assertThat((double) count(process)).isCloseTo(expected, within(5 * Math.sqrt(expected)));
  }

  @Test
  void poisson_arrivals_areOrderedAndBeforeTheHorizon() {
    long horizon = 10 * SimTime.NANOS_PER_SECOND;
    ArrivalProcess process =
        new ArrivalSpec.Poisson(rate("1000", SimTime.NANOS_PER_SECOND))
            .create(horizon, new RandomStream(6), List.of(), new double[0]);
    long last = 0;
    for (long t = process.nextArrivalNanos();
        t != ArrivalProcess.NONE;
        t = process.nextArrivalNanos()) {
      assertThat(t).isGreaterThanOrEqualTo(last).isLessThan(horizon);
      last = t;
    }
    assertThat(process.nextArrivalNanos()).isEqualTo(ArrivalProcess.NONE);
  }
}
