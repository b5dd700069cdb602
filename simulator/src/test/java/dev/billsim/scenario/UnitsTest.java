package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.billsim.engine.SimTime;
import dev.billsim.workload.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that quantities are parsed exactly (durations to whole nanoseconds, rates as decimals per
 * unit, memory in MB with 1 GB = 1024 MB) and that text without a valid unit is refused with what
 * was expected and a hint, never guessed.
 */
class UnitsTest {

  @ParameterizedTest(name = "{0} = {1} ns")
  @CsvSource({
    "17ns, 17",
    "3us, 3000",
    "3µs, 3000",
    "250ms, 250000000",
    "2s, 2000000000",
    "5m, 300000000000",
    "5min, 300000000000",
    "2h, 7200000000000",
    "1d, 86400000000000",
    "1month, 2628000000000000",
  })
  void durationNanos_everyUnit_scalesExactly(String text, long nanos) throws Exception {
    assertThat(Units.durationNanos(text)).isEqualTo(nanos);
  }

  @ParameterizedTest(name = "{0} = {1} ns")
  @CsvSource({
    "2.5s, 2500000000",
    "0.5ms, 500000",
    "1.5h, 5400000000000",
    "0.001us, 1",
    "1.25d, 108000000000000",
    "0.5month, 1314000000000000",
  })
  void durationNanos_decimals_areExact(String text, long nanos) throws Exception {
    assertThat(Units.durationNanos(text)).isEqualTo(nanos);
  }

  @ParameterizedTest(name = "{0} = {1} ns")
  @CsvSource({
    "11h55m, 42900000000000",
    "1h30m, 5400000000000",
    "2m 30s, 150000000000",
    "1min30s, 90000000000",
    "1d12h, 129600000000000",
    "1s500ms, 1500000000",
    "+1h30m, 5400000000000",
    "1 h 30 m, 5400000000000",
  })
  void durationNanos_compound_isTheSumOfItsTerms(String text, long nanos) throws Exception {
    assertThat(Units.durationNanos(text)).isEqualTo(nanos);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "30m1h | largest down",
        "1h1h | largest down",
        "1m30min | largest down",
        "1h30 | add a unit after '30'",
        "1h30x | is not a time unit",
        "1h-30m | several from the largest unit down",
      })
  void durationNanos_compoundMalformed_isRefusedWithAHint(String text, String hint) {
    assertThatThrownBy(() -> Units.durationNanos(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains(hint));
  }

  @Test
  void durationNanos_negativeCompound_isRefused() {
    assertThatThrownBy(() -> Units.durationNanos("-1h30m"))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.expected()).contains("not negative"));
  }

  @Test
  void durationNanos_fractionOfANanosecond_roundsHalfUp() throws Exception {
    assertThat(Units.durationNanos("1.5ns")).isEqualTo(2);
    assertThat(Units.durationNanos("1.4ns")).isEqualTo(1);
  }

  @Test
  void durationNanos_spacesAroundAndBetween_areIgnored() throws Exception {
    assertThat(Units.durationNanos("  3 ms ")).isEqualTo(3 * SimTime.NANOS_PER_MILLISECOND);
  }

  @Test
  void durationNanos_zero_isAllowed() throws Exception {
    assertThat(Units.durationNanos("0ms")).isZero();
  }

  @Test
  void durationNanos_bareNumber_isRefusedWithAUnitHint() {
    assertThatThrownBy(() -> Units.durationNanos("5"))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(
            e -> {
              assertThat(e.expected()).startsWith("a duration");
              assertThat(e.hint()).contains("add a unit", "5ms");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"5kg", "5 weeks", "5S", "5sec"})
  void durationNanos_unknownUnit_isRefusedNamingTheUnit(String text) {
    assertThatThrownBy(() -> Units.durationNanos(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains("is not a time unit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", "+", "ms", "abc", "1e3ms", ".5s", "1,5s", "5ms 3ms"})
  void durationNanos_malformed_isRefused(String text) {
    assertThatThrownBy(() -> Units.durationNanos(text)).isInstanceOf(Units.UnitException.class);
  }

  @Test
  void durationNanos_negative_isRefused() {
    assertThatThrownBy(() -> Units.durationNanos("-5ms"))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.expected()).contains("not negative"));
  }

  @Test
  void durationNanos_beyondTheClock_isRefusedNotOverflowed() {
    assertThatThrownBy(() -> Units.durationNanos("100000d"))
        .isInstanceOf(Units.UnitException.class);
    assertThatThrownBy(() -> Units.durationNanos("99999999999999999999999month"))
        .isInstanceOf(Units.UnitException.class);
  }

  @ParameterizedTest(name = "{0} = {1} per {2} ns")
  @CsvSource({
    "20/s, 20, 1000000000",
    "1.5/min, 1.5, 60000000000",
    "90/m, 90, 60000000000",
    "2/h, 2, 3600000000000",
    "1000/d, 1000, 86400000000000",
    "3000000/month, 3000000, 2628000000000000",
    "20 / s, 20, 1000000000",
  })
  void rate_everyUnit_keepsCountAndUnitExactly(String text, BigDecimal count, long perNanos)
      throws Exception {
    Rate rate = Units.rate(text);

    assertThat(rate.count()).isEqualByComparingTo(count);
    assertThat(rate.perNanos()).isEqualTo(perNanos);
    assertThat(rate.text()).isEqualTo(text.trim());
  }

  @Test
  void rate_perMonth_givesExactlyThatManyEventsOverAMonth() throws Exception {
    assertThat(Units.rate("3000000/month").eventsOver(SimTime.NANOS_PER_MONTH))
        .isEqualTo(3_000_000);
  }

  @Test
  void rate_perSecond_isTheCountPerSecond() throws Exception {
    assertThat(Units.rate("20/s").perSecond()).isEqualTo(20.0);
    assertThat(Units.rate("36/h").perSecond()).isCloseTo(0.01, within(1e-15));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/s", "-5/s", "0.0/h", "-0.1/month"})
  void rate_notAboveZero_isRefused(String text) {
    assertThatThrownBy(() -> Units.rate(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.expected()).contains("positive rate"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20/ms", "20/us", "20/ns", "20/sec", "20/", "20/week"})
  void rate_unitOtherThanSecondOrLonger_isRefused(String text) {
    assertThatThrownBy(() -> Units.rate(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains("is not a rate unit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20", "20 per s", "/s", "fast", "20s"})
  void rate_withoutSlash_isRefusedWithAnExample(String text) {
    assertThatThrownBy(() -> Units.rate(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains("e.g. 20/s"));
  }

  @ParameterizedTest(name = "{0} = {1} MB")
  @CsvSource({
    "128MB, 128",
    "1024MB, 1024",
    "1GB, 1024",
    "2GB, 2048",
    "1.5GB, 1536",
    "10GB, 10240",
    "512mb, 512",
    "2gb, 2048",
    "512MiB, 512",
    "2GiB, 2048",
    "' 512 MB ', 512",
  })
  void memoryMb_megabytesAndGigabytes_convertWith1024(String text, long mb) throws Exception {
    assertThat(Units.memoryMb(text)).isEqualTo(mb);
  }

  @Test
  void memoryMb_bareNumber_isRefusedWithAUnitHint() {
    assertThatThrownBy(() -> Units.memoryMb("512"))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains("add the unit MB or GB"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"512KB", "1TB", "512 bytes"})
  void memoryMb_otherUnit_isRefusedNamingTheUnit(String text) {
    assertThatThrownBy(() -> Units.memoryMb(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.hint()).contains("is not a memory unit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0MB", "-1GB", "0.5MB", "1.0001GB"})
  void memoryMb_notAPositiveWholeNumberOfMb_isRefused(String text) {
    assertThatThrownBy(() -> Units.memoryMb(text))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.expected()).contains("positive whole number of MB"));
  }

  @Test
  void memoryMb_beyondALong_isRefusedNotOverflowed() {
    assertThatThrownBy(() -> Units.memoryMb("99999999999999999999GB"))
        .asInstanceOf(type(Units.UnitException.class))
        .satisfies(e -> assertThat(e.expected()).contains("at most"));
  }

  @Test
  void decimal_plainAndScientific_areExact() throws Exception {
    assertThat(Units.decimal("0.0000166667")).isEqualByComparingTo("0.0000166667");
    assertThat(Units.decimal(" 2.5e-3 ")).isEqualByComparingTo("0.0025");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "NaN", "Infinity", "1,5"})
  void decimal_notANumber_isRefused(String text) {
    assertThatThrownBy(() -> Units.decimal(text)).isInstanceOf(Units.UnitException.class);
  }
}
