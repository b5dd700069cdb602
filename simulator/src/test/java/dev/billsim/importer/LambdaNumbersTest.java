package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timestamps as Lambda's log forms print them, offsets with or without a colon. */
class LambdaNumbersTest {
  @Test
  void offsets_withOrWithoutAColon_andUtcWithoutOne_areTheSameInstant() {
    long utc = LambdaNumbers.isoToEpochNanos("2026-12-01T10:00:00.123456+00:00");
    assertThat(utc).isPositive();
    assertThat(LambdaNumbers.isoToEpochNanos("2026-12-01T10:00:00.123456+0000")).isEqualTo(utc);
    assertThat(LambdaNumbers.isoToEpochNanos("2026-12-01T10:00:00.123456Z")).isEqualTo(utc);
    assertThat(LambdaNumbers.isoToEpochNanos("2026-12-01T11:00:00.123456+0100")).isEqualTo(utc);
    assertThat(LambdaNumbers.isoToEpochNanos("2026-12-01 10:00:00.123456")).isEqualTo(utc);
  }
}
