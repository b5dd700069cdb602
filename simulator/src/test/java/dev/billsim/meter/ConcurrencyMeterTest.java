package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;

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
  void mean_requestRunningPastTheHorizon_countsUpToTheHorizon() {
    ConcurrencyMeter meter = new ConcurrencyMeter(100);
    meter.increment(50);
    meter.decrement(500);
    assertThat(meter.mean()).isEqualTo(0.5);
  }
}
