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
 * Holds that a job's usage survives the trip through JSON that shards and cluster tasks make: read
 * back, it equals the usage (every count, exact sum and double, bit for bit, with or without its
 * time series and latency distribution), on scenarios that fill every part of it (sizes and data
 * transfer, WebSockets, load balancers, Lambda's INIT, steady-state windows).
 */
class UsageJsonTest {
  private static final Path FUZZ = Path.of("src/test/resources/dev/billsim/fuzz");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<PlatformResult> results(Path file, boolean profiles)
      throws ScenarioException {
    PriceCatalog catalog = PriceCatalog.builtIn();
    Scenario scenario = new ScenarioLoader(catalog).load(file);
    List<PlatformResult> results = new ArrayList<>();
    for (int i = 0; i < scenario.platforms().size(); i++) {
      results.add(new PlatformJob(scenario, i, catalog, profiles).call());
    }
    return results;
  }

  private static List<PlatformResult> results(Path file) throws ScenarioException {
    return results(file, false);
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
    List<PlatformResult> all = new ArrayList<>(results(FUZZ.resolve(seed), false));
    all.addAll(results(FUZZ.resolve(seed), true));
    for (PlatformResult result : all) {
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
  void usage_withProfiles_keepsEveryBucketAndShare() throws Exception {
    Usage profiled = results(FUZZ.resolve("sizes.yaml"), true).get(0).usage();
    assertThat(profiled.timeSeries().buckets()).isPositive();
    assertThat(profiled.latencyCdf().size()).isPositive();

    Usage back = UsageJson.fromTree(JSON.readTree(UsageJson.toTree(profiled).toString()));

    assertThat(back.timeSeries()).isEqualTo(profiled.timeSeries());
    assertThat(back.latencyCdf()).isEqualTo(profiled.latencyCdf());
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

    for (String field : List.of("requests", "cpuNanos", "meanConcurrency")) {
      ObjectNode negative = tree.deepCopy();
      negative.put(field, -1);
      assertThatThrownBy(() -> UsageJson.fromTree(negative))
          .as(field)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("field " + field + ": expected a number from 0");
    }
    ObjectNode huge = tree.deepCopy();
    huge.put("wallNanos", new java.math.BigInteger("1" + "0".repeat(60)));
    assertThatThrownBy(() -> UsageJson.fromTree(huge))
        .hasMessageContaining("field wallNanos: expected a number from 0 to 2^127");
    ObjectNode fraction = tree.deepCopy();
    fraction.put("coldStarts", 1.5);
    assertThatThrownBy(() -> UsageJson.fromTree(fraction)).hasMessageContaining("field coldStarts");

    JsonNode series = JSON.readTree("{\"bucketNanos\": 1}");
    ObjectNode cut = tree.deepCopy();
    cut.set("timeSeries", series);
    assertThatThrownBy(() -> UsageJson.fromTree(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizonNanos");

    JsonNode falling = JSON.readTree("{\"nanos\": [3, 2, 1]}");
    ObjectNode cdf = tree.deepCopy();
    cdf.set("latencyCdf", falling);
    assertThatThrownBy(() -> UsageJson.fromTree(cdf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latency distribution");
  }
}
