package dev.billsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.ParameterKind;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that {@code --vary} values become the axis a user expects: lists as given; ranges with
 * both ends as written, N values, evenly spaced or by a constant ratio, rounded to two significant
 * digits unless more are needed to keep them distinct; and that malformed ones are refused with
 * what was expected.
 */
class VaryTest {
  private static ScenarioTemplate template;

  @BeforeAll
  static void load() throws ScenarioException {
    template =
        new ScenarioLoader(PriceCatalog.builtIn())
            .template(
                """
                name: t
                parameters: {rate: 2/s, wait: 50ms, memory: 512MB, n: 3, plan: standard}
                horizon: 1h
                traffic: {arrivals: poisson, rate: 2/s}
                requests: [{name: api, steps: [{cpu: 5ms}]}]
                platforms: [{name: w, model: workers}]
                """,
                "t.yaml",
                Path.of(""));
  }

  private static List<String> values(String option) throws ParameterValueException {
    return Vary.parse(option, template).values();
  }

  private static ParameterValueException refused(String option) {
    ParameterValueException e =
        catchThrowableOfType(ParameterValueException.class, () -> Vary.parse(option, template));
    assertThat(e).as("refused: %s", option).isNotNull();
    assertThat(e.hint()).isNotBlank();
    return e;
  }

  @Test
  void parse_list_keepsTheValuesAsGivenInOrder() throws ParameterValueException {
    Axis axis = Vary.parse("wait=0ms, 2s,20ms", template);

    assertThat(axis.name()).isEqualTo("wait");
    assertThat(axis.kind()).isEqualTo(ParameterKind.DURATION);
    assertThat(axis.values()).containsExactly("0ms", "2s", "20ms");
    assertThat(axis.number(1)).isEqualByComparingTo("2");
    assertThat(axis.number(2)).isEqualByComparingTo("0.02");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rate=1/s..1000/s:7:log | 1/s,3.2/s,10/s,32/s,100/s,316/s,1000/s",
        "rate=1/s..1000/s:4:log | 1/s,10/s,100/s,1000/s",
        "rate=10/s..50/s:5 | 10/s,20/s,30/s,40/s,50/s",
        "wait=1s..2s:4 | 1s,1.3s,1.7s,2s",
        "wait=0ms..100ms:3 | 0ms,50ms,100ms",
        "wait=0.50s..2s:4 | 0.50s,1s,1.5s,2s",
        "memory=128MB..10240MB:3:log | 128MB,1145MB,10240MB",
        "n=1..2:11 | 1,1.1,1.2,1.3,1.4,1.5,1.6,1.7,1.8,1.9,2",
        "n=1..1.01:3 | 1,1.005,1.01",
        "n=5..1:3 | 5,3,1",
        "n=-1..1:3 | -1,0,1",
      })
  void parse_range_givesTheDocumentedValues(String option, String expected)
      throws ParameterValueException {
    assertThat(values(option)).containsExactly(expected.split(","));
  }

  @Test
  void parse_logRange_hasAConstantRatioWithinRounding() throws ParameterValueException {
    Axis axis = Vary.parse("rate=1/h..1000000/h:13:log", template);

    for (int i = 1; i < axis.values().size(); i++) {
      double ratio = axis.number(i).doubleValue() / axis.number(i - 1).doubleValue();
      assertThat(ratio).as("ratio at %d", i).isBetween(3.0, 3.5); // 10^0.5 = 3.16
    }
  }

  @Test
  void parse_range_valuesAreDistinctAndOrdered() throws ParameterValueException {
    Axis axis = Vary.parse("n=1..1.0001:50", template);

    assertThat(axis.values()).hasSize(50).doesNotHaveDuplicates();
    for (int i = 1; i < axis.values().size(); i++) {
      assertThat(axis.number(i)).isGreaterThan(axis.number(i - 1));
    }
    assertThat(axis.number(49)).isEqualByComparingTo(new BigDecimal("1.0001"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rate | NAME=VALUES",
        "=1/s | NAME=VALUES",
        "raet=1/s | a parameter the scenario declares",
        "rate= | values after rate=",
        "rate=1/s,,2/s | values separated by single commas",
        "rate=1/s,1/s | each value once",
        "rate=1/s,5s | a rate like 50/s (rate's default is 2/s)",
        "wait=5 | a duration like 5s (wait's default is 50ms)",
        "rate=1/s..10/s | a range FROM..TO:N or FROM..TO:N:log",
        "rate=1/s..10/s:1 | a count of values from 2 to 1000 after the ':'",
        "rate=1/s..10/s:1001 | a count of values from 2 to 1000 after the ':'",
        "rate=1/s..10/s:x | a count of values from 2 to 1000 after the ':'",
        "rate=1/s..10/s:5:lin | log (or nothing, for even steps) after the count",
        "rate=1/s..10/m:5 | both ends in the same unit",
        "rate=5/s..5/s:3 | two different ends",
        "wait=0ms..1000ms:3:log | ends above zero for a log range",
        "n=1..1.0000000000000001:3:log | ends far enough apart for 3 distinct values",
        "plan=free..standard:2 | a list of values: plan is text, and only numbers make a range",
        "wait=1s..5:3 | a duration like 5s (wait's default is 50ms)",
      })
  void parse_malformed_isRefusedWithWhatWasExpected(String option, String expected) {
    assertThat(refused(option).expected()).isEqualTo(expected);
  }

  @Test
  void parse_unknownName_suggestsTheClosest() {
    assertThat(refused("raet=1/s").hint()).contains("did you mean 'rate'?");
  }
}
