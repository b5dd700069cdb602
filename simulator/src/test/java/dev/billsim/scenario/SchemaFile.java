package dev.billsim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads docs/scenario.schema.json and checks YAML against it, for the schema tests. */
final class SchemaFile {
  /** The schema, relative to the simulator module (the tests' working directory). */
  static final Path PATH = Path.of("../docs/scenario.schema.json");

  /** The directory of the bundled scenarios. */
  static final Path SCENARIOS = Path.of("../scenarios");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLFactory YAML = new YAMLFactory();

  /** The schema as a tree, to read its properties. */
  static final JsonNode ROOT = readJson();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ROOT);

  private SchemaFile() {}

  private static JsonNode readJson() {
    try {
      return JSON.readTree(PATH.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about YAML text, empty when it is valid. */
  static List<String> errors(String yaml) {
    try (JsonParser parser = YAML.createParser(yaml)) {
      parser.nextToken();
      return SCHEMA.validate(tree(parser)).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the value at the parser as YAML 1.2 reads it, as editors do: Jackson's parser takes YAML
   * 1.1's {@code yes}, {@code no}, {@code on} and {@code off} for booleans, YAML 1.2 and the loader
   * take them for text.
   */
  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (parser.currentToken()) {
      case START_OBJECT:
        {
          ObjectNode object = nodes.objectNode();
          while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            parser.nextToken();
            object.set(key, tree(parser));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = nodes.arrayNode();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(tree(parser));
          }
          return array;
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        String text = parser.getText();
        return text.equals("true") || text.equals("false")
            ? nodes.booleanNode(Boolean.parseBoolean(text))
            : nodes.textNode(text);
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        return nodes.textNode(parser.getText());
    }
  }

  /** Returns the bundled scenario files, sorted. */
  static List<Path> bundledScenarios() {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the definition named in {@code $defs}. */
  static JsonNode def(String name) {
    JsonNode def = ROOT.path("$defs").path(name);
    if (def.isMissingNode()) {
      throw new AssertionError("no $defs/" + name + " in " + PATH);
    }
    return def;
  }

  /** Follows a {@code $ref} to a definition, or returns the node when it has none. */
  static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : def(ref.asText().substring("#/$defs/".length()));
  }

  /** Returns the property names of an object schema, in order. */
  static List<String> propertyNames(JsonNode objectSchema) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = resolve(objectSchema).path("properties").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** Returns the schema of a property of an object schema, with its {@code $ref} followed. */
  static JsonNode property(JsonNode objectSchema, String name) {
    JsonNode property = resolve(objectSchema).path("properties").path(name);
    if (property.isMissingNode()) {
      throw new AssertionError("no property " + name + " in " + objectSchema);
    }
    return resolve(property);
  }

  /**
   * Returns the branch a dispatcher (an {@code allOf} of {@code if {key: const} then $ref}) takes
   * for {@code value}.
   */
  static JsonNode branch(JsonNode dispatcher, String key, String value) {
    for (JsonNode rule : resolve(dispatcher).path("allOf")) {
      if (rule.path("if").path("properties").path(key).path("const").asText().equals(value)) {
        return resolve(rule.path("then"));
      }
    }
    throw new AssertionError("no branch for " + key + ": " + value);
  }

  /** Returns the string values of an {@code enum}. */
  static List<String> enumValues(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.path("enum").forEach(v -> values.add(v.asText()));
    return values;
  }
}
