package dev.billsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.ParameterKind;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the points of a sweep: a line follows its axis; a grid is the cartesian product in
 * row-major order with the first axis outermost; each point's scenario carries its values and the
 * fixed ones.
 */
class SweepTest {
  private static ScenarioTemplate template;

  @BeforeAll
  static void load() throws ScenarioException {
    template =
        new ScenarioLoader(PriceCatalog.builtIn())
            .template(
                """
                name: t-${a}-${b}
                parameters: {a: 1, b: x, c: 5s}
                horizon: ${c}
                traffic: {arrivals: poisson, rate: 2/s}
                requests: [{name: api, steps: [{cpu: 5ms}]}]
                platforms: [{name: w, model: workers}]
                """,
                "t.yaml",
                Path.of(""));
  }

  private static Axis axis(String name, ParameterKind kind, String... values) {
    return new Axis(name, kind, List.of(values));
  }

  @Test
  void points_grid_isRowMajorWithTheFirstAxisOutermost() {
    Sweep sweep =
        new Sweep(
            template,
            Map.of(),
            List.of(
                axis("a", ParameterKind.NUMBER, "1", "2", "3"),
                axis("b", ParameterKind.TEXT, "x", "y")),
            null);

    List<SweepPoint> points = sweep.points();

    assertThat(points).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(points)
        .extracting(SweepPoint::values)
        .containsExactly(
            List.of("1", "x"),
            List.of("1", "y"),
            List.of("2", "x"),
            List.of("2", "y"),
            List.of("3", "x"),
            List.of("3", "y"));
    assertThat(points.get(3).valueIndices()).containsExactly(1, 1);
    assertThat(sweep.label(points.get(3))).isEqualTo("a=2, b=y");
  }

  @Test
  void scenario_atAPoint_hasItsValuesAndTheFixedOnes() throws ScenarioException {
    Sweep sweep =
        new Sweep(
            template, Map.of("c", "1m"), List.of(axis("a", ParameterKind.NUMBER, "7", "8")), 99L);

    var scenario = sweep.scenario(sweep.points().get(1));

    assertThat(scenario.name()).isEqualTo("t-8-x");
    assertThat(scenario.workload().horizonNanos()).isEqualTo(60_000_000_000L);
    assertThat(scenario.seed()).isEqualTo(99L);
  }

  @Test
  void sweep_axisAlsoFixedOrGivenTwice_isRefused() {
    Axis a = axis("a", ParameterKind.NUMBER, "1");

    assertThatThrownBy(() -> new Sweep(template, Map.of("a", "2"), List.of(a), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sweep(template, Map.of(), List.of(a, a), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sweep(template, Map.of(), List.of(a, a, a), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
