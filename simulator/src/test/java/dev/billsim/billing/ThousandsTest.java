package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Holds {@link Thousands} to the formatter it replaces, digit for digit. */
class ThousandsTest {
  @Test
  void printsWhatTheFormatterPrints_forSeededRandomDecimals() {
    Random random = new Random(21);
    for (int i = 0; i < 20_000; i++) {
      BigInteger unscaled = new BigInteger(1 + random.nextInt(100), random);
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      BigDecimal value = new BigDecimal(unscaled, random.nextInt(20) - 6);
      assertThat(Thousands.grouped(value)).as("%s", value).isEqualTo(formatted(value));
    }
  }

  @Test
  void roundsAsTheFormatterDoes_atAnyNumberOfDecimals() {
    Random random = new Random(8);
    for (int i = 0; i < 20_000; i++) {
      BigInteger unscaled = new BigInteger(1 + random.nextInt(60), random);
      BigDecimal value =
          new BigDecimal(
              random.nextBoolean() ? unscaled.negate() : unscaled, random.nextInt(12) - 3);
      int decimals = random.nextInt(7);
      assertThat(Thousands.grouped(value, decimals))
          .as("%s at %d", value, decimals)
          .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f", value));
    }
    for (String text : new String[] {"-0.3", "-0.5", "0.5", "-1234.5", "2.5", "-0.0049"}) {
      BigDecimal value = new BigDecimal(text);
      for (int decimals = 0; decimals < 3; decimals++) {
        assertThat(Thousands.grouped(value, decimals))
            .as("%s at %d", text, decimals)
            .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f", value));
      }
    }
    assertThat(Thousands.grouped(new BigDecimal("-0.3"), 0)).isEqualTo("-0");
  }

  @Test
  void printsTheEdges() {
    for (String text :
        new String[] {
          "0", "0.00", "-0.5", "1", "12", "123", "1234", "-1234.50", "999999", "1E+6"
        }) {
      BigDecimal value = new BigDecimal(text);
      assertThat(Thousands.grouped(value)).as(text).isEqualTo(formatted(value));
    }
    assertThat(Thousands.grouped(new BigDecimal("2628000"))).isEqualTo("2,628,000");
    assertThat(Thousands.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.50");
    assertThat(Thousands.grouped(new BigDecimal("2.628E+6"))).isEqualTo("2,628,000");
    assertThat(Thousands.grouped(new BigDecimal("0.125"))).isEqualTo("0.125");
  }

  private static String formatted(BigDecimal value) {
    return String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
  }
}
