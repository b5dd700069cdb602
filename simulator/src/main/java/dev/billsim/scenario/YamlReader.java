package dev.billsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into {@link YamlNode}s that remember where they were written, using Jackson's
 * streaming YAML parser (so locations come from the parser, not from guesswork).
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /**
   * A duplicate key found while reading: YAML forbids them, and the second would hide the first.
   */
  record Duplicate(String key, int line, int column) {}

  private final List<Duplicate> duplicates = new ArrayList<>();

  /**
   * Parses one YAML document.
   *
   * @throws JsonProcessingException for malformed YAML, with the location in its message
   */
  YamlNode read(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Scalar(1, 1, null);
      }
      YamlNode root = readValue(parser);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new IllegalStateException(
            "line " + at.getLineNr() + ": only one YAML document is allowed");
      }
      return root;
    }
  }

  /** Returns the duplicate keys met by {@link #read}. */
  List<Duplicate> duplicates() {
    return duplicates;
  }

  private YamlNode readValue(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, YamlNode> entries = new LinkedHashMap<>();
          Map<String, Integer> keyLines = new LinkedHashMap<>();
          while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            YamlNode value = readValue(parser);
            if (entries.containsKey(key)) {
              duplicates.add(new Duplicate(key, keyAt.getLineNr(), keyAt.getColumnNr()));
            } else {
              entries.put(key, value);
              keyLines.put(key, keyAt.getLineNr());
            }
          }
          return new YamlNode.Mapping(line, column, entries, keyLines);
        }
      case START_ARRAY:
        {
          List<YamlNode> items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
          }
          return new YamlNode.Sequence(line, column, items);
        }
      case VALUE_NULL:
        return new YamlNode.Scalar(line, column, null);
      default:
        return new YamlNode.Scalar(line, column, parser.getText());
    }
  }
}
