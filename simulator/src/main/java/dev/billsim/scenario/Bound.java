package dev.billsim.scenario;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Applies a {@link KeyTable} to one mapping: converts every present key, checks its bounds,
 * supplies the defaults of absent ones, and records each problem as {@link MapReader} does. A
 * reader then applies only the rules that involve several keys.
 */
final class Bound {
  private final MapReader r;
  private final Problems problems;
  // By identity: a key is declared once, as a constant its readers look it up by, and a record's
  // hashCode would hash all ten of its components at every binding.
  private final Map<Key<?>, Object> values = new IdentityHashMap<>();
  private boolean failed;

  private Bound(MapReader r, Problems problems) {
    this.r = r;
    this.problems = problems;
  }

  /**
   * Opens a mapping that may have only the table's keys and binds them; returns null (and records a
   * problem) when the node is not a mapping.
   */
  static Bound open(
      YamlNode node, String path, Problems problems, String expected, String hint, KeyTable table) {
    MapReader r = MapReader.open(node, path, problems, expected, hint, table.names());
    return r == null ? null : bind(r, problems, table.keys());
  }

  /** Binds the keys of a mapping already opened. */
  static Bound bind(MapReader r, Problems problems, List<Key<?>> keys) {
    Bound bound = new Bound(r, problems);
    keys.forEach(bound::bindOne);
    return bound;
  }

  private <T> void bindOne(Key<T> key) {
    if (key.type().structured()) {
      return;
    }
    if (!r.has(key.name())) {
      values.put(key, key.defaultValue());
      return;
    }
    T value = key.type().read(r, key);
    if (value instanceof Long number && key.rangeExpected() != null && !within(key, number)) {
      refuse(key, key.rangeExpected(), key.hint());
      value = null;
    }
    failed |= value == null;
    values.put(key, value);
  }

  private static boolean within(Key<?> key, long number) {
    return (key.min() == null || number >= key.min()) && (key.max() == null || number <= key.max());
  }

  /**
   * Returns a key's value: the converted one when present (null when it was refused), else its
   * default.
   */
  @SuppressWarnings("unchecked")
  <T> T get(Key<T> key) {
    return (T) values.get(key);
  }

  /** Returns a key's value when present (null when refused), else {@code fallback}. */
  <T> T getOr(Key<T> key, T fallback) {
    return given(key) ? get(key) : fallback;
  }

  /**
   * Converts a structured key with its reader, or returns its default when absent; a null from the
   * reader (which recorded the problem) marks the mapping failed.
   */
  <T> T read(Key<T> key, BiFunction<YamlNode, String, T> reader) {
    if (!given(key)) {
      return key.defaultValue();
    }
    T value = reader.apply(r.get(key.name()), r.keyPath(key.name()));
    failed |= value == null;
    return value;
  }

  /**
   * Returns the node of a required key, recording a problem (and marking the mapping failed) when
   * it is absent.
   */
  YamlNode require(Key<?> key, String expected, String hint) {
    YamlNode node = r.require(key.name(), expected, hint);
    failed |= node == null;
    return node;
  }

  /** Tells whether the key is written. */
  boolean given(Key<?> key) {
    return r.has(key.name());
  }

  /** Refuses a present key's value under a rule of the reader's, marking the mapping failed. */
  void refuse(Key<?> key, String expected, String hint) {
    YamlNode node = r.get(key.name());
    if (node == null) { // a default that another key's value rules out
      problems.add(
          r.node(), r.keyPath(key.name()), expected, "the default " + key.defaultShown(), hint);
    } else {
      problems.add(node, r.keyPath(key.name()), expected, node.describe(), hint);
    }
    failed = true;
  }

  /** Marks the mapping failed by a problem the reader recorded. */
  void fail() {
    failed = true;
  }

  /** Tells whether every key converted and no rule refused one. */
  boolean ok() {
    return !failed;
  }

  /** Returns the mapping's reader, for keys outside the table's (such as {@code prices}). */
  MapReader reader() {
    return r;
  }
}
