package dev.billsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billsim.engine.SimTime;
import dev.billsim.input.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts the value of one scenario key with {@link Units} and describes it for the JSON Schema
 * and the key reference: one converter per kind of value.
 *
 * @param <T> the value a key of this type holds
 */
interface KeyType<T> {
  /** The JSON Schema of a whole number written as text, or a parameter. */
  String INTEGER_TEXT = "\\$\\{[A-Za-z][A-Za-z0-9_-]*\\}|^\\s*[-+]?[0-9]+\\s*$";

  /** The JSON Schema of a decimal written as text, or a parameter. */
  String DECIMAL_TEXT =
      "\\$\\{[A-Za-z][A-Za-z0-9_-]*\\}|^\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$";

  /** The JSON Schema of a decimal above zero written as text, or a parameter. */
  String POSITIVE_DECIMAL_TEXT =
      "\\$\\{[A-Za-z][A-Za-z0-9_-]*\\}|^\\s*\\+?(?=[0-9.]*[1-9])([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$";

  /** Reads a present key, returning null after recording a problem. */
  T read(MapReader r, Key<T> key);

  /** Returns the key's JSON Schema, without its description. */
  ObjectNode schema(Key<T> key);

  /** Returns how the key reference names the type, e.g. {@code duration}. */
  String docType();

  /** Formats a value as a scenario file would write it. */
  String format(T value);

  /** Returns the type of durations in nanoseconds, e.g. {@code 30s}. */
  static KeyType<Long> duration() {
    return new Simple<>(
        (r, k) -> r.duration(k.name()), "duration", SimTime::format, ref("duration"));
  }

  /** Returns the type of memory sizes in MB, e.g. {@code 1024MB}. */
  static KeyType<Long> memoryMb() {
    return new Simple<>((r, k) -> r.memoryMb(k.name()), "memory", mb -> mb + "MB", ref("memory"));
  }

  /** Returns the type of whole numbers within the key's bounds. */
  static KeyType<Long> integer() {
    return new Simple<>(
        (r, k) ->
            r.integer(
                k.name(),
                k.min() == null ? Long.MIN_VALUE : k.min(),
                k.max() == null ? Long.MAX_VALUE : k.max(),
                k.hint()),
        "whole number",
        String::valueOf,
        k -> {
          ObjectNode number = JSON.objectNode().put("type", "integer");
          if (k.min() != null) {
            number.put("minimum", k.min());
          }
          if (k.max() != null) {
            number.put("maximum", k.max());
          }
          return anyOf(number, textPattern(INTEGER_TEXT));
        });
  }

  /** Returns the type of decimals up to 1e300, above zero when {@code positive}, else from zero. */
  static KeyType<BigDecimal> decimal(boolean positive) {
    return new Simple<>(
        (r, k) -> r.decimal(k.name(), positive, k.hint()),
        positive ? "number above 0" : "number",
        BigDecimal::toPlainString,
        k ->
            anyOf(
                JSON.objectNode()
                    .put("type", "number")
                    .put(positive ? "exclusiveMinimum" : "minimum", 0)
                    .put("maximum", MapReader.MAX_DECIMAL),
                textPattern(positive ? POSITIVE_DECIMAL_TEXT : DECIMAL_TEXT)));
  }

  /** Returns the type of shares written as {@code 30%} or {@code 0.3}. */
  static KeyType<BigDecimal> fraction(boolean positive, boolean belowOne) {
    return new Simple<>(
        (r, k) -> r.fraction(k.name(), positive, belowOne, k.hint()),
        "share",
        f -> f.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
        ref("fraction"));
  }

  /** Returns the type of {@code true} and {@code false}. */
  static KeyType<Boolean> bool() {
    return new Simple<>(
        (r, k) -> r.bool(k.name()),
        "`true` or `false`",
        String::valueOf,
        k -> {
          ObjectNode node = JSON.objectNode();
          node.putArray("enum").add(true).add(false).add("true").add("false");
          return node;
        });
  }

  /** Returns the type of one of several named choices; {@code meanings} follows a suggestion. */
  static <E> KeyType<E> choice(Map<String, E> choices, String meanings) {
    List<String> names = List.copyOf(choices.keySet());
    return new Simple<>(
        (r, k) -> r.choice(k.name(), choices, meanings),
        Key.orList(names.stream().map(n -> "`" + n + "`").toList()),
        value ->
            choices.entrySet().stream()
                .filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(),
        k -> {
          ObjectNode node = JSON.objectNode();
          names.forEach(node.putArray("enum")::add);
          return node;
        });
  }

  /** Returns the type of the registry constants named by {@code key}, in declaration order. */
  static <E> KeyType<E> choice(E[] values, Function<E, String> key) {
    return choice(MapReader.byKey(values, key), "");
  }

  /** Returns the type of a non-blank text, such as a name. */
  static KeyType<String> text(String expected) {
    return new Simple<>(
        (r, k) -> r.text(k.name(), expected, k.hint()),
        "text",
        s -> s,
        k -> {
          ObjectNode node = JSON.objectNode();
          node.putArray("type").add("string").add("number");
          return node.put("minLength", 1).put("pattern", "\\S");
        });
  }

  /**
   * Returns the type of a structured value its reader converts (a distribution, a list of windows):
   * the binder leaves it to {@link Bound#read}; {@code schema} is its declared JSON Schema.
   */
  static <T> KeyType<T> structured(String docType, Function<T, String> format, String schema) {
    ObjectNode node = (ObjectNode) parse(schema);
    return new Simple<>(null, docType, format, k -> node.deepCopy());
  }

  /** Tells whether the binder leaves the key to its reader. */
  default boolean structured() {
    return false;
  }

  /** The factory the schema fragments' nodes are made with (no ObjectMapper: see JsonTrees). */
  JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Parses a declared JSON Schema fragment. */
  static JsonNode parse(String json) {
    try {
      return JsonTrees.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a reference to a definition of the schema. */
  static Function<Key<?>, ObjectNode> ref(String def) {
    return k -> JSON.objectNode().put("$ref", "#/$defs/" + def);
  }

  private static ObjectNode textPattern(String pattern) {
    return JSON.objectNode().put("type", "string").put("pattern", pattern);
  }

  private static ObjectNode anyOf(ObjectNode... nodes) {
    ObjectNode node = JSON.objectNode();
    for (ObjectNode n : nodes) {
      node.withArray("anyOf").add(n);
    }
    return node;
  }

  /** A converter, a doc name, a formatter and a schema. */
  record Simple<T>(
      Reader<T> reader,
      String docType,
      Function<T, String> formatter,
      Function<Key<?>, ObjectNode> schemaOf)
      implements KeyType<T> {
    @Override
    public T read(MapReader r, Key<T> key) {
      return reader.read(r, key);
    }

    @Override
    public ObjectNode schema(Key<T> key) {
      return schemaOf.apply(key);
    }

    @Override
    public String format(T value) {
      return formatter.apply(value);
    }

    @Override
    public boolean structured() {
      return reader == null;
    }
  }

  /** Reads a present key of a mapping. */
  @FunctionalInterface
  interface Reader<T> {
    T read(MapReader r, Key<T> key);
  }
}
