package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the keys of one mapping of a scenario file, in the order the schema and the reference show
 * them: the readers accept exactly these, and the schema and the key reference are generated from
 * them.
 *
 * @param def the name of the mapping's definition in the JSON Schema, e.g. {@code platform-lambda}
 * @param description one sentence on the mapping, for the schema
 * @param keys the keys
 */
record KeyTable(String def, String description, List<Key<?>> keys) {
  /** Copies the keys. */
  KeyTable {
    keys = List.copyOf(keys);
  }

  /** Declares a table. */
  static KeyTable of(String def, String description, Key<?>... keys) {
    return new KeyTable(def, description, List.of(keys));
  }

  /** Returns the key names, in order. */
  List<String> names() {
    return keys.stream().map(Key::name).toList();
  }

  /** Returns a table with this table's keys, then the other's. */
  KeyTable plus(KeyTable other) {
    List<Key<?>> all = new ArrayList<>(keys);
    all.addAll(other.keys);
    return new KeyTable(other.def, other.description, all);
  }

  /** Returns the names of the keys a mapping must have. */
  List<String> requiredNames() {
    return keys.stream().filter(Key::required).map(Key::name).toList();
  }
}
