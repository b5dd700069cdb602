package dev.billsim.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billsim.workload.ArrivalKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates docs/scenario.schema.json: the mappings that have a {@link KeyTable} from their table
 * (keys, types, defaults, bounds, descriptions), the rest from the declared fragments in {@code
 * scenario.schema.fragments.json}, where each generated definition holds a placeholder.
 */
public final class ScenarioSchema {
  /** The text a generated definition holds in the fragments file. */
  static final String PLACEHOLDER = "generated from the key tables";

  /** The field of a placeholder object that holds {@link #PLACEHOLDER}. */
  static final String GENERATED = "generated";

  /** The name of the table whose definition is the schema's root, the top of a scenario file. */
  static final String ROOT = "(root)";

  private static final String FRAGMENTS = "scenario.schema.fragments.json";

  private ScenarioSchema() {}

  /** Returns the tables the schema's generated definitions come from, in no particular order. */
  static List<KeyTable> tables() {
    List<KeyTable> tables = new ArrayList<>();
    tables.add(TopKeys.TOP);
    tables.add(RequestKeys.REQUEST);
    tables.add(RequestKeys.MEASURED_ON);
    for (PlatformKind kind : PlatformKind.values()) {
      tables.add(PlatformKeys.table(kind));
    }
    tables.add(FleetKeys.SCALING);
    tables.add(FleetKeys.CUSTOM_INSTANCE);
    tables.add(PlatformKeys.PROVISIONED_WINDOW);
    for (ArrivalKind kind : ArrivalKind.values()) {
      tables.add(ArrivalKeys.table(kind));
    }
    tables.add(TrafficKeys.SESSIONS);
    tables.add(TrafficKeys.WEBSOCKETS);
    tables.add(TrafficKeys.STAGE);
    tables.add(StepKeys.LLM);
    tables.add(StepKeys.COLUMN_DURATION);
    tables.add(RequestKeys.COLUMN_SIZE);
    tables.add(StepKeys.MIXTURE_COMPONENT);
    tables.add(DistributionKeys.EMPIRICAL_DURATION);
    tables.add(DistributionKeys.EMPIRICAL_COUNT);
    tables.add(DistributionKeys.GEOMETRIC_PARAMETERS);
    tables.add(DistributionKeys.UNIFORM_COUNT_PARAMETERS);
    return tables;
  }

  /** Returns the schema's text, as committed in docs/scenario.schema.json. */
  public static String text() {
    ObjectNode root = fragments();
    ObjectNode defs = (ObjectNode) root.get("$defs");
    for (KeyTable table : tables()) {
      if (table.def().equals(ROOT)) {
        ObjectNode top = definition(table);
        root.set("required", top.get("required"));
        root.set("properties", top.get("properties"));
        continue;
      }
      JsonNode placeholder = defs.get(table.def());
      if (placeholder == null || !isPlaceholder(placeholder)) {
        throw new IllegalStateException(
            FRAGMENTS + " lacks the placeholder \"" + table.def() + "\": \"" + PLACEHOLDER + "\"");
      }
      ObjectNode generated = definition(table);
      if (placeholder.isObject()) { // rules among several keys, declared beside the placeholder
        ObjectNode rules = ((ObjectNode) placeholder).deepCopy();
        rules.remove(GENERATED);
        generated.setAll(rules);
      }
      defs.set(table.def(), generated);
    }
    defs.fields()
        .forEachRemaining(
            def -> {
              if (isPlaceholder(def.getValue())) {
                throw new IllegalStateException("no key table generates $defs/" + def.getKey());
              }
            });
    return PrettyJson.write(root);
  }

  /**
   * Tells whether a fragment is a generated definition's placeholder: the text, or an object whose
   * {@code generated} field holds it and whose other fields (such as {@code oneOf}) are added.
   */
  private static boolean isPlaceholder(JsonNode fragment) {
    return PLACEHOLDER.equals(fragment.asText())
        || PLACEHOLDER.equals(fragment.path(GENERATED).asText());
  }

  /** Returns the object schema of a table: its keys, the required ones, and no others. */
  static ObjectNode definition(KeyTable table) {
    ObjectNode def = KeyType.JSON.objectNode();
    def.put("type", "object");
    def.put("description", table.description());
    if (!table.requiredNames().isEmpty()) {
      table.requiredNames().forEach(def.putArray("required")::add);
    }
    ObjectNode properties = def.putObject("properties");
    for (Key<?> key : table.keys()) {
      properties.set(key.name(), property(key));
    }
    def.put("additionalProperties", false);
    return def;
  }

  private static <T> ObjectNode property(Key<T> key) {
    ObjectNode schema = key.type().schema(key);
    ObjectNode property = KeyType.JSON.objectNode();
    if (schema.has("$ref")) {
      property.set("$ref", schema.remove("$ref"));
    }
    property.put("description", key.describedWithDefault());
    property.setAll(schema);
    return property;
  }

  private static ObjectNode fragments() {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(FRAGMENTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FRAGMENTS);
      }
      return (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
