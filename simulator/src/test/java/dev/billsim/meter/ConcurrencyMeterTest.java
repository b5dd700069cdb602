package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyMeterTest {
  @Test
  void mean_integratesInFlightOverTheHorizonOnly() {
    // One request in flight over [0, 60], two over [40, 60], then one past the horizon (100):
    // area over [0, 100] = 60 + 20 + 0 (the late one starts at 120) -> mean 0.8; max 2.
    ConcurrencyMeter meter = new ConcurrencyMeter(100);
    meter.increment(0);
    meter.increment(40);
    meter.decrement(60);
    meter.decrement(60);
    meter.increment(120);
    meter.decrement(150);
    assertThat(meter.mean()).isEqualTo(0.8);
    assertThat(meter.max()).isEqualTo(2);
    assertThat(meter.inFlight()).isZero();
  }

  @Test
  void window_countsFromTheWarmup_whileTheAreaCountsFromTimeZero() {
    // Window [50, 100]. One in flight from 10 to 70, two from 30 to 60, one from 90 to 120.
    ConcurrencyMeter meter = new ConcurrencyMeter(50, 100);
    meter.increment(10);
    meter.increment(30);
    assertThat(meter.areaNanosTo(40)).isEqualTo(BigInteger.valueOf(20 + 2 * 10));
    meter.decrement(60);
    meter.decrement(70);
    meter.increment(90);
    meter.decrement(120);
    // In the window: level 2 over [50, 60], 1 over [60, 70] and [90, 100], 0 over [70, 90].
    assertThat(meter.levelNanos()).containsExactly(20, 20, 10);
    assertThat(meter.mean()).isEqualTo((20 + 2 * 10) / 50.0);
    assertThat(meter.max()).isEqualTo(2); // the level the window opened at
    // From 0, cut at the horizon: 20 + 2 x 30 + 10 + 10.
    assertThat(meter.areaNanosTo(500)).isEqualTo(BigInteger.valueOf(100));
  }

  @Test
  void area_beforeTheLastChange_isRefused() {
    ConcurrencyMeter meter = new ConcurrencyMeter(100);
    meter.increment(40);
    assertThatThrownBy(() -> meter.areaNanosTo(30))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the last change at 40 ns");
  }

  @Test
  void mean_requestRunningPastTheHorizon_countsUpToTheHorizon() {
    ConcurrencyMeter meter = new ConcurrencyMeter(100);
    meter.increment(50);
    meter.decrement(500);
    assertThat(meter.mean()).isEqualTo(0.5);
  }
}
