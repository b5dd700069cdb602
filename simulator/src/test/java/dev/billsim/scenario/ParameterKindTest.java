package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that a parameter's kind is read from the shape of its default, that values of another
 * shape are refused with a hint that fixes them, and that quantities convert to one common unit per
 * kind exactly.
 */
class ParameterKindTest {
  @ParameterizedTest
  @CsvSource({
    "3, NUMBER",
    "0.25, NUMBER",
    "-2, NUMBER",
    "1.66667E-5, NUMBER",
    "2s, DURATION",
    "250 ms, DURATION",
    "2m, DURATION",
    "month, DURATION",
    "50/s, RATE",
    "3000000/month, RATE",
    "1024MB, SIZE",
    "1.5gb, SIZE",
    "2GiB, SIZE",
    "standard, TEXT",
    "m7g.large, TEXT",
    "true, TEXT",
    "2MS, TEXT",
  })
  void of_default_inferredFromItsShape(String text, ParameterKind kind) {
    assertThat(ParameterKind.of(text)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "2.5s, DURATION, 2.5, s",
    "1/h, RATE, 0.0002777777777777778, /s",
    "90/m, RATE, 1.5, /s",
    "2GB, SIZE, 2048, MB",
    "512MiB, SIZE, 512, MB",
    "0.5, NUMBER, 0.5, ''",
    "1month, DURATION, 2628000, s",
  })
  void inCommonUnit_convertsExactly(String text, ParameterKind kind, String number, String unit) {
    BigDecimal value = kind.inCommonUnit(kind.quantity(text));

    assertThat(value).isEqualByComparingTo(number);
    assertThat(kind.commonUnit()).isEqualTo(unit);
  }

  @Test
  void check_bareNumberForADuration_hintsAtTheDefaultsUnit() {
    Parameter wait = Parameter.of("llm-wait", "2s", 3);

    ParameterValueException e =
        catchThrowableOfType(ParameterValueException.class, () -> wait.check("5"));

    assertThat(e.expected()).isEqualTo("a duration like 5s (llm-wait's default is 2s)");
    assertThat(e.got()).isEqualTo("'5'");
    assertThat(e.hint()).isEqualTo("add a unit, e.g. llm-wait=5s");
  }

  @Test
  void check_valueOfAnotherKind_hintsAtTheDefault() {
    Parameter rate = Parameter.of("rate", "50/s", 3);

    ParameterValueException e =
        catchThrowableOfType(ParameterValueException.class, () -> rate.check("50s"));

    assertThat(e.expected()).startsWith("a rate like 50/s");
    assertThat(e.hint()).isEqualTo("write it the way the default is written, e.g. rate=50/s");
  }

  @Test
  void check_valueOfTheSameKindInAnotherUnit_isAccepted() throws ParameterValueException {
    Parameter.of("wait", "2s", 1).check("1500ms");
    Parameter.of("memory", "1024MB", 1).check("2GB");
    Parameter.of("plan", "standard", 1).check("free");
  }

  @Test
  void check_empty_isRefused() {
    ParameterValueException e =
        catchThrowableOfType(
            ParameterValueException.class, () -> Parameter.of("plan", "standard", 1).check(" "));

    assertThat(e.got()).isEqualTo("nothing");
  }
}
