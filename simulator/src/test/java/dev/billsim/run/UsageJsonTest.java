package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds that a sweep job's usage survives the trip through JSON that shards and cluster tasks make:
 * read back, it equals the usage (every count, exact sum and double, bit for bit) and bills to the
 * same total, on scenarios that fill every part of it (sizes and data transfer, WebSockets, load
 * balancers, Lambda's INIT, steady-state windows).
 */
class UsageJsonTest {
  private static final Path FUZZ = Path.of("src/test/resources/dev/billsim/fuzz");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<PlatformResult> results(Path file) throws ScenarioException {
    PriceCatalog catalog = PriceCatalog.builtIn();
    Scenario scenario = new ScenarioLoader(catalog).load(file);
    List<PlatformResult> results = new ArrayList<>();
    for (int i = 0; i < scenario.platforms().size(); i++) {
      results.add(new PlatformJob(scenario, i, catalog, false).call());
    }
    return results;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "front-doors.yaml",
        "sizes.yaml",
        "sizes-trace.yaml",
        "imported.yaml",
        "regions-and-measures.yaml",
        "allowance-switches.yaml"
      })
  void usage_throughJsonText_isEqualBitForBit(String seed) throws Exception {
    for (PlatformResult result : results(FUZZ.resolve(seed))) {
      Usage usage = result.usage();
      String text = UsageJson.toTree(usage).toString();

      Usage back = UsageJson.fromTree(JSON.readTree(text));

      assertThat(back).as(result.platform().name()).isEqualTo(usage);
      assertThat(UsageJson.toTree(back).toString()).isEqualTo(text);
      assertThat(Double.doubleToRawLongBits(back.meanConcurrency()))
          .isEqualTo(Double.doubleToRawLongBits(usage.meanConcurrency()));
      assertThat(back.latency().meanNanos()).isEqualTo(usage.latency().meanNanos());
    }
  }

  @Test
  void usage_withAProfile_isRefused_notCut() throws ScenarioException {
    PriceCatalog catalog = PriceCatalog.builtIn();
    Scenario scenario = new ScenarioLoader(catalog).load(FUZZ.resolve("sizes.yaml"));
    Usage profiled = new PlatformJob(scenario, 0, catalog, true).call().usage();

    assertThatThrownBy(() -> UsageJson.toTree(profiled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without profiles");
  }

  @Test
  void tree_missingAFieldOrWithCountsThatDoNotAddUp_isRefusedWithItsReason() throws Exception {
    Usage usage = results(FUZZ.resolve("sizes.yaml")).get(0).usage();
    ObjectNode tree = (ObjectNode) UsageJson.toTree(usage);

    ObjectNode missing = tree.deepCopy();
    missing.remove("cpuNanos");
    assertThatThrownBy(() -> UsageJson.fromTree(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cpuNanos");

    ObjectNode wrong = tree.deepCopy();
    wrong.put("requests", usage.requests() + 1);
    assertThatThrownBy(() -> UsageJson.fromTree(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcomes do not add up");

    JsonNode profile = JSON.readTree("{\"bucketNanos\": 1}");
    ObjectNode profiled = tree.deepCopy();
    profiled.set("timeSeries", profile);
    assertThatThrownBy(() -> UsageJson.fromTree(profiled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile");
  }
}
