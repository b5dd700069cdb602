package dev.billsim.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.input.LineSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the {@code resourceSpans} entries of OTLP JSON written as one document over many lines
 * (the official example, or a request saved by hand), one entry at a time, so that only one entry
 * is ever in memory. Several documents one after another are read in turn. One entry holds all the
 * spans of one service, so this suits the small files people save by hand; the collector's
 * one-request-a-line files are the way for large ones.
 */
final class OtlpDocument {
  private static final int KEYS_SHOWN = 5;

  private final JsonParser parser;
  private final String label;
  private final long firstLine;
  private final List<String> keys = new ArrayList<>();
  private boolean inObject;
  private boolean inArray;
  private boolean sawSpans;

  /** Starts reading at {@code firstLine}, the line {@code lines} last returned. */
  OtlpDocument(String firstLine, LineSource lines, ObjectMapper json) throws IOException {
    this.parser = json.createParser(new LinesReader(firstLine, lines));
    this.label = lines.label();
    this.firstLine = lines.line();
  }

  /** Returns the next {@code resourceSpans} entry, or null at the end of the file. */
  JsonNode next() throws IOException, ImportException {
    try {
      for (JsonToken token = parser.nextToken(); ; token = parser.nextToken()) {
        if (token == null) {
          return end();
        } else if (inArray) {
          if (token == JsonToken.END_ARRAY) {
            inArray = false;
          } else if (token == JsonToken.START_OBJECT) {
            return parser.readValueAsTree();
          } else {
            parser.skipChildren();
          }
        } else if (inObject) {
          if (token == JsonToken.END_OBJECT) {
            inObject = false;
            continue;
          }
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("resourceSpans".equals(name) && value == JsonToken.START_ARRAY) {
            inArray = true;
            sawSpans = true;
          } else {
            if (keys.size() < KEYS_SHOWN) {
              keys.add(name);
            }
            parser.skipChildren();
          }
        } else if (token == JsonToken.START_OBJECT) {
          inObject = true;
        } else {
          throw refused(line(), "a JSON " + token.asString() + " outside any object");
        }
      }
    } catch (JsonProcessingException e) {
      throw refused(line(), "JSON that does not parse: " + e.getOriginalMessage());
    }
  }

  /** Returns the file's line the parser has reached. */
  long line() {
    return firstLine - 1 + Math.max(1, parser.currentLocation().getLineNr());
  }

  private JsonNode end() throws ImportException {
    if (inObject || inArray) {
      throw refused(line(), "the end of the file inside a JSON object");
    }
    if (!sawSpans) {
      throw refused(
          firstLine,
          keys.isEmpty() ? "an empty JSON document" : "a JSON document with the keys " + keys);
    }
    return null;
  }

  private ImportException refused(long line, String got) {
    return new ImportException(
        label,
        line,
        "OTLP JSON traces (resourceSpans), one request a line or one whole document",
        got,
        "export traces with the collector's file exporter (format: json), and name the format"
            + " the file is in");
  }
}
