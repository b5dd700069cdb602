package dev.billsim.scenario;

import static dev.billsim.scenario.SchemaFile.ROOT;
import static dev.billsim.scenario.SchemaFile.branch;
import static dev.billsim.scenario.SchemaFile.enumValues;
import static dev.billsim.scenario.SchemaFile.property;
import static dev.billsim.scenario.SchemaFile.propertyNames;
import static dev.billsim.scenario.SchemaFile.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.platform.Arch;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.StepKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holds docs/scenario.schema.json to the loader's key tables and kind names: every mapping the
 * schema describes has exactly the keys the loader reads there, and every name it lists (arrival
 * processes, models, step and distribution kinds, plans, units, instance types) is one the loader
 * accepts, so neither can gain a key the other does not know.
 */
class SchemaKeysTest {
  private static JsonNode traffic(ArrivalKind kind) {
    return branch(property(ROOT, "traffic"), "arrivals", kind.key());
  }

  private static JsonNode platform(PlatformKind kind) {
    return branch(property(ROOT, "platforms").path("items"), "model", kind.key());
  }

  private static JsonNode request() {
    return resolve(property(ROOT, "requests").path("items"));
  }

  private static JsonNode step() {
    return resolve(property(request(), "steps").path("items"));
  }

  private static JsonNode distributionKinds() {
    JsonNode distribution = resolve(property(step(), "cpu").path("anyOf").get(0));
    return resolve(distribution.path("anyOf").get(1));
  }

  @Test
  void stepColumnDuration_hasTheLoadersKeys() {
    JsonNode column = resolve(property(step(), "cpu").path("anyOf").get(1));
    assertThat(propertyNames(column)).isEqualTo(StepKeys.COLUMN_DURATION.names());
  }

  @Test
  void websocketsAndObjectKeys_haveTheLoadersKeys() {
    JsonNode websockets = resolve(property(traffic(ArrivalKind.POISSON), "websockets"));
    assertThat(propertyNames(websockets)).isEqualTo(TrafficKeys.WEBSOCKETS.names());
    JsonNode keys = property(platform(PlatformKind.DURABLE_OBJECTS), "keys").path("anyOf").get(1);
    assertThat(propertyNames(keys)).isEqualTo(PlatformKeys.OBJECT_KEY_KINDS);
  }

  @Test
  void provisionedWindow_hasTheLoadersKeys() {
    JsonNode window =
        resolve(
            property(platform(PlatformKind.LAMBDA), "provisioned-concurrency")
                .path("anyOf")
                .get(2)
                .path("items"));
    assertThat(propertyNames(window)).isEqualTo(PlatformKeys.PROVISIONED_WINDOW.names());
  }

  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).toList();
  }

  @Test
  void topLevel_hasTheLoadersKeys() {
    assertThat(propertyNames(ROOT)).isEqualTo(TopKeys.TOP.names());
  }

  @Test
  void request_hasTheLoadersKeys() {
    assertThat(propertyNames(request())).isEqualTo(RequestKeys.REQUEST.names());
  }

  @ParameterizedTest
  @EnumSource(ArrivalKind.class)
  void traffic_eachArrivalKind_hasTheLoadersKeys(ArrivalKind kind) {
    assertThat(propertyNames(traffic(kind))).isEqualTo(ArrivalKeys.table(kind).names());
    assertThat(traffic(kind).path("properties").path("arrivals").path("const").asText())
        .isEqualTo(kind.key());
  }

  @Test
  void traffic_arrivals_listsEveryArrivalKind() {
    assertThat(enumValues(property(property(ROOT, "traffic"), "arrivals")))
        .isEqualTo(keys(ArrivalKind.values(), ArrivalKind::key));
  }

  @Test
  void sessionsAndStage_haveTheLoadersKeys() {
    assertThat(propertyNames(property(traffic(ArrivalKind.POISSON), "sessions")))
        .isEqualTo(TrafficKeys.SESSIONS.names());
    assertThat(propertyNames(property(traffic(ArrivalKind.STAGES), "stages").path("items")))
        .isEqualTo(TrafficKeys.STAGE.names());
  }

  @Test
  void steps_listEveryStepKind_andLlmHasTheLoadersKeys() {
    assertThat(propertyNames(step())).isEqualTo(keys(StepKind.values(), StepKind::key));
    assertThat(propertyNames(property(step(), "llm"))).isEqualTo(StepKeys.LLM.names());
  }

  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void platform_eachModel_hasTheLoadersKeysAndPriceKeys(PlatformKind kind) {
    assertThat(propertyNames(platform(kind))).isEqualTo(PlatformKeys.table(kind).names());
    assertThat(propertyNames(property(platform(kind), "prices"))).isEqualTo(kind.priceKeys());
  }

  @Test
  void platform_model_listsEveryModel() {
    JsonNode dispatcher = resolve(property(ROOT, "platforms").path("items"));
    assertThat(enumValues(property(dispatcher, "model")))
        .isEqualTo(keys(PlatformKind.values(), PlatformKind::key));
  }

  @Test
  void platform_choices_areTheLoadersChoices() {
    assertThat(enumValues(property(platform(PlatformKind.WORKERS), "plan")))
        .isEqualTo(keys(WorkersSpec.Plan.values(), WorkersSpec.Plan::key));
    assertThat(enumValues(property(platform(PlatformKind.LAMBDA), "arch")))
        .isEqualTo(keys(Arch.values(), Arch::key));
  }

  @Test
  void ec2Instance_isACatalogTypeOrACustomOneWithTheLoadersKeys() {
    JsonNode instance = property(platform(PlatformKind.EC2), "instance");
    assertThat(enumValues(instance.path("anyOf").get(0)))
        .containsExactlyInAnyOrderElementsOf(PriceCatalog.builtIn().instanceNames());
    assertThat(propertyNames(instance.path("anyOf").get(1)))
        .isEqualTo(FleetKeys.CUSTOM_INSTANCE.names());
  }

  @Test
  void distributions_listEveryDurationKind() {
    assertThat(propertyNames(distributionKinds())).isEqualTo(DistributionKeys.durationKinds());
  }

  @ParameterizedTest
  @EnumSource(DistributionKind.class)
  void distribution_eachParametricKind_hasTheLoadersParameters(DistributionKind kind) {
    assertThat(propertyNames(property(distributionKinds(), kind.key())))
        .isEqualTo(DistributionKeys.parameters(kind));
  }

  @Test
  void empiricalAndMixture_haveTheLoadersKeys() {
    JsonNode empirical = property(distributionKinds(), DistributionKeys.EMPIRICAL);
    assertThat(propertyNames(empirical)).isEqualTo(DistributionKeys.EMPIRICAL_DURATION.names());
    assertThat(enumValues(property(empirical, "unit")))
        .isEqualTo(List.copyOf(DistributionReader.UNIT_NANOS.keySet()));
    assertThat(propertyNames(property(distributionKinds(), DistributionKeys.MIXTURE).path("items")))
        .isEqualTo(StepKeys.MIXTURE_COMPONENT.names());
  }

  @Test
  void counts_listTheLoadersKindsAndParameters() {
    JsonNode interactions = property(traffic(ArrivalKind.POISSON), "sessions");
    JsonNode counts = resolve(property(interactions, "interactions").path("anyOf").get(1));
    JsonNode tokens = resolve(property(property(step(), "llm"), "tokens").path("anyOf").get(1));

    assertThat(propertyNames(counts)).isEqualTo(DistributionKeys.countKinds(false));
    assertThat(propertyNames(tokens)).isEqualTo(DistributionKeys.countKinds(true));
    assertThat(propertyNames(property(counts, DistributionKeys.GEOMETRIC)))
        .isEqualTo(DistributionKeys.GEOMETRIC_PARAMETERS.names());
    assertThat(propertyNames(property(counts, DistributionKeys.UNIFORM_COUNT)))
        .isEqualTo(DistributionKeys.UNIFORM_COUNT_PARAMETERS.names());
    assertThat(propertyNames(property(counts, DistributionKeys.EMPIRICAL)))
        .isEqualTo(DistributionKeys.EMPIRICAL_COUNT.names());
  }

  @Test
  void everyMapping_forbidsUnknownKeys_andEveryKeyIsDescribed() {
    // The two dispatchers (traffic, platform) only pick a branch; each branch forbids other keys.
    List<String> open = new ArrayList<>();
    List<String> undescribed = new ArrayList<>();
    walk(ROOT, "#", open, undescribed);

    assertThat(open).containsExactlyInAnyOrder("#/$defs/traffic", "#/$defs/platform");
    assertThat(undescribed).isEmpty();
  }

  private static void walk(JsonNode node, String at, List<String> open, List<String> undescribed) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, open, undescribed);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode properties = node.get("properties");
    boolean inIf = at.endsWith("/if");
    if (properties != null && !inIf) {
      if (!node.path("additionalProperties").isBoolean()
          || node.path("additionalProperties").asBoolean()) {
        open.add(at);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        if (!p.getValue().has("description") && !resolve(p.getValue()).has("description")) {
          undescribed.add(at + "/properties/" + p.getKey());
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> child = it.next();
      walk(child.getValue(), at + "/" + child.getKey(), open, undescribed);
    }
  }

  @Test
  void definitions_areAllUsed() {
    String text = ROOT.toString();
    ROOT.path("$defs")
        .fieldNames()
        .forEachRemaining(
            name ->
                assertThat(text)
                    .as("$defs/%s is referenced", name)
                    .contains("\"#/$defs/" + name + "\""));
  }
}
