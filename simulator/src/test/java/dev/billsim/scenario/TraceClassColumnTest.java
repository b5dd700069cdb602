package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trace column that names each row's request class: the replay runs exactly the classes the rows
 * name, whatever the weights, and a row naming no class is refused at its line.
 */
class TraceClassColumnTest {
  @TempDir Path dir;

  private static final String SCENARIO =
      """
      name: routes
      horizon: 1h
      traffic: {arrivals: trace, file: rows.csv, format: ms, class-column: route%s}
      requests:
        - {name: list, weight: 1000, steps: [{cpu: 1ms}]}
        - {name: item, weight: 1, steps: [{cpu: 3ms}, {io: {column: wait_ms, unit: ms}}]}
      platforms: [{name: w, model: workers}]
      """;

  private Usage run(String extra) throws Exception {
    Path file = dir.resolve("routes.yaml");
    Files.writeString(file, SCENARIO.formatted(extra));
    return TestScenarios.run(new ScenarioLoader(PriceCatalog.builtIn()).load(file), 1)
        .platforms()
        .get(0)
        .usage();
  }

  private ScenarioException refusal(String extra) throws Exception {
    Path file = dir.resolve("routes.yaml");
    Files.writeString(file, SCENARIO.formatted(extra));
    return catchThrowableOfType(
        ScenarioException.class, () -> new ScenarioLoader(PriceCatalog.builtIn()).load(file));
  }

  @Test
  void eachRowRunsTheClassItNames_notOneDrawnByWeight() throws Exception {
    StringBuilder rows = new StringBuilder("ms,route,wait_ms\n");
    int items = 0;
    for (int i = 0; i < 1000; i++) {
      boolean item = i % 3 == 0; // a third are items, although the weights say 1 in 1001
      items += item ? 1 : 0;
      rows.append(i * 10).append(item ? ",item," : ",list,").append(item ? 20 : 0).append('\n');
    }
    Files.writeString(dir.resolve("rows.csv"), rows);
    Usage usage = run("");
    assertThat(usage.requests()).isEqualTo(1000);
    // 1 ms of CPU per list row, 3 ms per item row: exactly the rows' classes.
    assertThat(usage.cpuNanos())
        .isEqualTo(BigInteger.valueOf(((1000L - items) + 3L * items) * 1_000_000));
    // Only item rows wait their column's 20 ms.
    assertThat(usage.wallNanos())
        .isEqualTo(BigInteger.valueOf(((1000L - items) + 23L * items) * 1_000_000));
  }

  @Test
  void aRowNamingNoClass_isRefusedAtItsLine() throws Exception {
    Files.writeString(dir.resolve("rows.csv"), "ms,route,wait_ms\n0,list,0\n5,items,3\n");
    ScenarioException e = refusal("");
    assertThat(e).isNotNull();
    List<ScenarioProblem> problems = e.problems();
    assertThat(problems).hasSize(1);
    assertThat(e.getMessage())
        .contains("rows.csv:3")
        .contains("column route")
        .contains("expected the name of a request class: [list, item]")
        .contains("got 'items'");
  }

  @Test
  void aMissingClassColumn_isRefused() throws Exception {
    Files.writeString(dir.resolve("rows.csv"), "ms,path,wait_ms\n0,list,0\n");
    ScenarioException e = refusal("");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("rows.csv:1").contains("route");
  }

  @Test
  void withWebSockets_theClassColumnIsRefused() throws Exception {
    Files.writeString(dir.resolve("rows.csv"), "ms,route\n0,list\n");
    Path file = dir.resolve("ws.yaml");
    Files.writeString(
        file,
        """
        name: ws
        horizon: 1h
        traffic:
          arrivals: trace
          file: rows.csv
          format: ms
          class-column: route
          websockets: {lifetime: 1m, message-interval: 10s, message: list}
        requests: [{name: list, steps: [{cpu: 1ms}]}]
        platforms: [{name: w, model: workers}]
        """);
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> new ScenarioLoader(PriceCatalog.builtIn()).load(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("ws.yaml:7")
        .contains("traffic.class-column: expected no class column with sessions or websockets");
  }
}
