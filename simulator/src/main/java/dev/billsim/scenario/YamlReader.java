package dev.billsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML into {@link YamlNode}s that remember where they were written, using Jackson's
 * streaming YAML parser (so locations come from the parser, not from guesswork).
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** The most characters of a large document (a catalog overlay): 64 M, SnakeYAML's default 3 M. */
  static final int LARGE_CODE_POINTS = 64 << 20;

  private static final YAMLFactory LARGE =
      YAMLFactory.builder().loaderOptions(largeOptions()).build();

  private final YAMLFactory factory;

  /**
   * A duplicate key found while reading: YAML forbids them, and the second would hide the first.
   */
  record Duplicate(String key, int line, int column) {}

  /** Signals text that is not one well-formed YAML document, with where the mistake is. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String problem;

    SyntaxException(int line, int column, String problem) {
      super(problem);
      this.line = line;
      this.column = column;
      this.problem = problem;
    }

    /** Returns the 1-based line to report, or 0 when the parser gave none. */
    int line() {
      return line;
    }

    /** Returns the 1-based column to report, or 0 when the parser gave none. */
    int column() {
      return column;
    }

    /** Returns what the parser found wrong, in one line. */
    String problem() {
      return problem;
    }
  }

  private final List<Duplicate> duplicates = new ArrayList<>();

  /** Creates a reader of documents up to SnakeYAML's default size (a scenario). */
  YamlReader() {
    this(false);
  }

  /** Creates a reader of documents up to {@link #LARGE_CODE_POINTS} if {@code large}. */
  YamlReader(boolean large) {
    this.factory = large ? LARGE : FACTORY;
  }

  private static org.yaml.snakeyaml.LoaderOptions largeOptions() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setCodePointLimit(LARGE_CODE_POINTS);
    return options;
  }

  /** Parses one YAML document. */
  YamlNode read(String text) throws SyntaxException {
    JsonParser parser = null;
    try {
      parser = factory.createParser(text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Scalar(1, 1, null);
      }
      YamlNode root = readValue(parser);
      if (parser.nextToken() != null) {
        int line = separatorLine(text, parser.currentTokenLocation().getLineNr());
        throw new SyntaxException(line, 1, "a second document, after the --- on this line");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e, parser == null ? null : parser.currentLocation());
    } catch (IOException e) {
      // Reading from a String does no I/O; anything else the parser throws is a syntax error.
      throw new SyntaxException(0, 0, String.valueOf(e.getMessage()));
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // a parser over a String holds nothing to release
      }
    }
  }

  /**
   * Returns the line of the {@code ---} that starts the document whose first value is on {@code
   * valueLine}: the line to delete. The parser reports only the value's line.
   */
  private static int separatorLine(String text, int valueLine) {
    List<String> lines = text.lines().toList();
    for (int i = Math.min(valueLine, lines.size()) - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("---")) {
        return i + 1;
      }
    }
    return valueLine;
  }

  /** Returns the duplicate keys met by {@link #read}. */
  List<Duplicate> duplicates() {
    return duplicates;
  }

  /**
   * Turns a parser error into one line and a place. SnakeYAML's marks are used when present: the
   * context mark (where an unclosed bracket or quote was opened) is where the fix belongs, and the
   * problem mark (where parsing failed) is often the end of the file; Jackson's own location is
   * sometimes a line early, so it is only the fallback, then where the parser had got to.
   */
  private static SyntaxException syntaxError(JsonProcessingException e, JsonLocation reached) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      Mark context = marked.getContextMark();
      Mark problem = marked.getProblemMark();
      String what = marked.getProblem().strip();
      Mark at = context != null ? context : problem;
      if (context != null && marked.getContext() != null && problem != null) {
        what +=
            " at line "
                + (problem.getLine() + 1)
                + ", column "
                + (problem.getColumn() + 1)
                + " ("
                + marked.getContext().strip()
                + " that starts here)";
      }
      return at == null
          ? new SyntaxException(0, 0, what)
          : new SyntaxException(at.getLine() + 1, at.getColumn() + 1, what);
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : reached;
    String what = inOwnWords(e.getOriginalMessage());
    return at == null
        ? new SyntaxException(0, 0, what)
        : new SyntaxException(at.getLineNr(), at.getColumnNr(), what);
  }

  /**
   * Returns the first line of a parser message that did not come from SnakeYAML's marks, in words
   * of billsim's own: a key that is itself a mapping or a list is named so, and any other message
   * that names the parser's classes becomes "malformed YAML".
   */
  static String inOwnWords(String message) {
    String first = message == null ? "" : message.lines().findFirst().orElse("");
    if (first.startsWith("Expected a field name")) {
      Matcher event = EVENT.matcher(first);
      String found = event.find() ? EVENT_WORDS.getOrDefault(event.group(1), "a value") : "a value";
      return "a key that is " + found + " (a key must be plain text, such as name)";
    }
    boolean internal = first.contains("org.yaml") || first.contains("com.fasterxml");
    return first.isBlank() || internal ? "malformed YAML" : first;
  }

  private static final Pattern EVENT = Pattern.compile("snakeyaml\\.events\\.(\\w+)Event");
  private static final Map<String, String> EVENT_WORDS =
      Map.of("MappingStart", "a mapping", "SequenceStart", "a list", "Alias", "an alias");

  private YamlNode readValue(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      return new YamlNode.Alias(line, column, parser.getText());
    }
    switch (token) {
      case START_OBJECT:
        {
          Map<String, YamlNode> entries = new LinkedHashMap<>();
          Map<String, YamlNode.Position> keys = new LinkedHashMap<>();
          while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            YamlNode value = readValue(parser);
            if (entries.containsKey(key)) {
              duplicates.add(new Duplicate(key, keyAt.getLineNr(), keyAt.getColumnNr()));
            } else {
              entries.put(key, value);
              keys.put(key, new YamlNode.Position(keyAt.getLineNr(), keyAt.getColumnNr()));
            }
          }
          return new YamlNode.Mapping(line, column, entries, keys);
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
