package dev.billsim.scenario;

import java.util.List;

/**
 * Declares one scenario key once: its name, how its value is converted, its default, its bounds,
 * the hint shown with a problem and the one-line description the schema and the key reference show.
 *
 * @param name the key as written in a scenario file
 * @param type how the value is converted and described
 * @param defaultValue the value when the key is absent, or null for none (or one its reader derives
 *     from other keys, which {@code defaultText} then describes)
 * @param defaultText how the reference states the default, or null to format {@code defaultValue}
 * @param min the least value of a whole number, memory size or duration, or null
 * @param max the largest, or null
 * @param rangeExpected what a problem with a value out of bounds says was expected, or null for a
 *     whole number (its own message names the bounds)
 * @param hint the hint shown with a problem
 * @param required whether a mapping must have the key
 * @param description one sentence the schema and the key reference show
 */
record Key<T>(
    String name,
    KeyType<T> type,
    T defaultValue,
    String defaultText,
    Long min,
    Long max,
    String rangeExpected,
    String hint,
    boolean required,
    String description) {

  /** Declares an optional key without default, bounds or hint. */
  static <T> Key<T> of(String name, KeyType<T> type, String description) {
    return new Key<>(name, type, null, null, null, null, null, "", false, description);
  }

  /**
   * The schema of a name: a file, a column or a field, not blank (a number is read as its text).
   */
  static final String NAME_SCHEMA =
      "{\"type\": [\"string\", \"number\"], \"minLength\": 1, \"pattern\": \"\\\\S\"}";

  /**
   * Declares a key whose value its section's reader converts (a distribution, a file and its
   * column): the table gives its name, schema and description, and says whether it is required.
   */
  static Key<Object> readElsewhere(
      String name, String schema, String description, boolean required) {
    Key<Object> key =
        of(name, KeyType.structured("see scenario-format.md", v -> "", schema), description);
    return required ? key.mandatory() : key;
  }

  /** Returns this key with a default value. */
  Key<T> byDefault(T value) {
    return new Key<>(
        name, type, value, defaultText, min, max, rangeExpected, hint, required, description);
  }

  /** Returns this key with a default described in words (a reader derives it, or shows it so). */
  Key<T> byDefault(String text) {
    return new Key<>(
        name, type, defaultValue, text, min, max, rangeExpected, hint, required, description);
  }

  /** Returns this key with a default value described in words. */
  Key<T> byDefault(T value, String text) {
    return byDefault(value).byDefault(text);
  }

  /** Returns this key bounded to [min, max]; {@code expected} says so in a problem. */
  Key<T> between(long least, long most, String expected) {
    return new Key<>(
        name, type, defaultValue, defaultText, least, most, expected, hint, required, description);
  }

  /** Returns this whole-number key bounded to [min, max]. */
  Key<T> between(long least, long most) {
    return between(least, most, null);
  }

  /** Returns this key with the hint shown with a problem. */
  Key<T> hint(String text) {
    return new Key<>(
        name,
        type,
        defaultValue,
        defaultText,
        min,
        max,
        rangeExpected,
        text,
        required,
        description);
  }

  /** Returns this key as one a mapping must have. */
  Key<T> mandatory() {
    return new Key<>(
        name, type, defaultValue, defaultText, min, max, rangeExpected, hint, true, description);
  }

  /** Returns how the schema and the reference state the default, or null when there is none. */
  String defaultShown() {
    if (defaultText != null) {
      return defaultText;
    }
    return defaultValue == null ? null : type.format(defaultValue);
  }

  /** Returns the description with the bounds, as the key reference shows it. */
  String describedWithBounds() {
    String bounds = boundsShown();
    return bounds == null ? description : description + " From " + bounds + ".";
  }

  /** Returns the description with the bounds and the default, as the schema shows it. */
  String describedWithDefault() {
    String shown = defaultShown();
    return shown == null
        ? describedWithBounds()
        : describedWithBounds() + " Default " + shown + ".";
  }

  /** Returns the bounds in words, e.g. {@code 128MB to 10240MB}, or null when unbounded. */
  String boundsShown() {
    if (min == null || max == null || max == Long.MAX_VALUE) {
      return null; // "above zero" says it in the problem; the description says it in words
    }
    return format(min) + " to " + format(max);
  }

  @SuppressWarnings("unchecked")
  private String format(long bound) {
    return rangeExpected == null
        ? String.format(java.util.Locale.ROOT, "%,d", bound)
        : type.format((T) Long.valueOf(bound));
  }

  /** Joins names as {@code a, b or c}. */
  static String orList(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }
}
