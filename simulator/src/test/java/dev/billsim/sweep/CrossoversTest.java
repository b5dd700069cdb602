package dev.billsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the crossover finder on lines with known crossings: straight cost lines meet where the
 * algebra says, in linear or log space; stretches cover every point; ties go to the first platform.
 */
class CrossoversTest {
  private static final List<String> AB = List.of("a", "b");

  private static BigDecimal[][] usd(double[][] values) {
    BigDecimal[][] usd = new BigDecimal[values.length][];
    for (int p = 0; p < values.length; p++) {
      usd[p] = new BigDecimal[values[p].length];
      for (int i = 0; i < values[p].length; i++) {
        usd[p][i] = BigDecimal.valueOf(values[p][i]);
      }
    }
    return usd;
  }

  @Test
  void find_straightLines_crossWhereTheyMeet() {
    // a = 10 + x, b = 2x: equal at x = 10, between the points 8 and 12.
    double[] xs = {0, 4, 8, 12, 16};
    double[][] values = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      values[i] = new double[] {10 + xs[i], 2 * xs[i]};
    }
    Crossovers found = Crossovers.find(AB, xs, false, usd(values));

    assertThat(found.crossovers()).hasSize(1);
    Crossover crossover = found.crossovers().get(0);
    assertThat(crossover.from()).isEqualTo("b");
    assertThat(crossover.to()).isEqualTo("a");
    assertThat(crossover.afterPoint()).isEqualTo(2);
    assertThat(crossover.at()).isCloseTo(10.0, within(1e-12));
    assertThat(crossover.usd()).isEqualByComparingTo("20");
    assertThat(found.intervals())
        .containsExactly(
            new CheapestInterval("b", 0, 2, 0.0, crossover.at()),
            new CheapestInterval("a", 3, 4, crossover.at(), 16.0));
  }

  @Test
  void find_logAxis_interpolatesInTheLogarithm() {
    // On a log axis the lines are straight in log10(x): a = 5, b = log10(x), crossing at 10^5.
    double[] xs = {1, 1e3, 1e6};
    double[][] values = {{5, 0}, {5, 3}, {5, 6}};
    Crossovers log = Crossovers.find(AB, xs, true, usd(values));
    assertThat(log.crossovers().get(0).at()).isCloseTo(1e5, within(1e-6));
    // Linear interpolation of the same points would put it at 667,000.
    Crossovers linear = Crossovers.find(AB, xs, false, usd(values));
    assertThat(linear.crossovers().get(0).at())
        .isCloseTo(1e3 + 2.0 / 3 * (1e6 - 1e3), within(1e-6));
  }

  @Test
  void find_descendingAxis_staysBetweenItsPoints() {
    double[] xs = {16, 12, 8, 4, 0};
    double[][] values = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      values[i] = new double[] {10 + xs[i], 2 * xs[i]};
    }
    Crossovers found = Crossovers.find(AB, xs, false, usd(values));
    assertThat(found.crossovers().get(0).at()).isCloseTo(10.0, within(1e-12));
    assertThat(found.intervals().get(0).platform()).isEqualTo("a");
  }

  @Test
  void find_severalChanges_oneStretchPerRun() {
    double[] xs = {1, 2, 3, 4, 5};
    double[][] values = {{1, 2, 3}, {3, 2, 1}, {3, 2, 1}, {3, 1, 2}, {1, 3, 3}};
    Crossovers found = Crossovers.find(List.of("a", "b", "c"), xs, false, usd(values));
    assertThat(found.intervals())
        .extracting(CheapestInterval::platform)
        .containsExactly("a", "c", "b", "a");
    assertThat(found.crossovers()).extracting(Crossover::afterPoint).containsExactly(0, 2, 3);
    // a -> c between 1 and 2: a = 1 + 2t, c = 3 - 2t, equal at t = 0.5.
    assertThat(found.crossovers().get(0).at()).isCloseTo(1.5, within(1e-12));
    int covered = 0;
    for (CheapestInterval interval : found.intervals()) {
      covered += interval.lastPoint() - interval.firstPoint() + 1;
    }
    assertThat(covered).isEqualTo(xs.length);
  }

  @Test
  void find_tie_goesToTheFirstPlatform_andMakesNoCrossover() {
    double[][] values = {{2, 2}, {2, 2}};
    Crossovers found = Crossovers.find(AB, new double[] {1, 2}, false, usd(values));
    assertThat(found.crossovers()).isEmpty();
    assertThat(found.intervals()).containsExactly(new CheapestInterval("a", 0, 1, 1.0, 2.0));
  }

  @Test
  void find_textAxis_crossesBetweenPointsAtNoValue() {
    double[][] values = {{1, 2}, {3, 2}};
    Crossovers found = Crossovers.find(AB, null, false, usd(values));
    assertThat(found.crossovers()).containsExactly(new Crossover(0, "a", "b", null, null));
    assertThat(found.intervals().get(1)).isEqualTo(new CheapestInterval("b", 1, 1, null, null));
  }

  @Test
  void cheapestCell_marginIsTheShareOfTheRunnerUpSaved() {
    CheapestCell cell =
        CheapestMap.cell(
            0,
            0,
            List.of("a", "b", "c"),
            new BigDecimal[] {new BigDecimal("30"), new BigDecimal("10"), new BigDecimal("40")});
    assertThat(cell.platform()).isEqualTo("b");
    assertThat(cell.runnerUp()).isEqualTo("a");
    assertThat(cell.margin()).isEqualByComparingTo("0.6666666666666667");
    CheapestCell alone =
        CheapestMap.cell(0, 0, List.of("a"), new BigDecimal[] {new BigDecimal("3")});
    assertThat(alone.runnerUp()).isNull();
    assertThat(alone.margin()).isZero();
  }
}
