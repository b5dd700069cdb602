package dev.billsim.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.billsim.input.Excerpt;
import dev.billsim.input.LineSource;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the CloudWatch Logs events of an export, whichever of its forms the first non-blank line
 * shows: the JSON document of {@code aws logs filter-log-events} (or {@code get-log-events}), read
 * event by event so that memory stays bounded; lines that start with a timestamp, as {@code aws
 * logs tail} prints them (with the log stream's name, which is dropped) or an S3 export; or bare
 * messages, one a line.
 */
final class CloudWatchEvents {
  /** The form of an export. */
  enum Form {
    /** A JSON document with an {@code events} array. */
    DOCUMENT,
    /** Lines that start with a timestamp; lines that do not continue the event before. */
    TIMESTAMPED,
    /** Messages without timestamps, one a line. */
    BARE
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final Pattern DOCUMENT_START = Pattern.compile("\\{\\s*(?:\"events\".*)?");
  private static final Pattern TIMESTAMPED_LINE =
      Pattern.compile(
          "([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?"
              + "(?:Z|[+-][0-9]{2}:?[0-9]{2})?)[ \\t](.*)");
  // A Lambda log stream: 2026/12/01/[$LATEST]7c1f... (the date, the version, the environment).
  private static final Pattern STREAM =
      Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9]{2}/\\[[^\\]\\s]*\\]\\S*[ \\t](.*)");

  private final LineSource lines;
  private final MalformedLines bad;
  private Form form;
  private String firstLine;
  private long firstLineNumber;
  private JsonParser parser;
  private boolean inRoot;
  private boolean inEvents;
  private boolean sawEvents;

  CloudWatchEvents(LineSource lines, MalformedLines bad) {
    this.lines = lines;
    this.bad = bad;
  }

  /** Reads up to the first non-blank line and returns the form it shows, or null for no lines. */
  Form open() throws IOException {
    String line = lines.next();
    while (line != null && line.isBlank()) {
      line = lines.next();
    }
    if (line == null) {
      return null;
    }
    firstLine = line;
    firstLineNumber = lines.line();
    String stripped = line.strip();
    if (DOCUMENT_START.matcher(stripped).matches()) {
      form = Form.DOCUMENT;
      parser = JSON.createParser(new LineSourceReader(lines, line));
    } else if (TIMESTAMPED_LINE.matcher(stripped).matches()) {
      form = Form.TIMESTAMPED;
    } else {
      form = Form.BARE;
    }
    return form;
  }

  /** Returns the first non-blank line (to judge, never to show whole). */
  String firstLine() {
    return firstLine;
  }

  /** Returns the 1-based number of the first non-blank line. */
  long firstLineNumber() {
    return firstLineNumber;
  }

  /** Returns the next event, or null at the end. */
  LogEvent next() throws IOException, ImportException {
    if (form == Form.DOCUMENT) {
      return nextFromDocument();
    }
    String line;
    long number;
    if (firstLine != null) {
      line = firstLine;
      number = firstLineNumber;
      firstLine = null;
    } else {
      line = lines.next();
      number = lines.line();
    }
    if (line == null) {
      return null;
    }
    if (form == Form.TIMESTAMPED) {
      Matcher m = TIMESTAMPED_LINE.matcher(line);
      if (m.matches()) {
        String message = m.group(2);
        Matcher stream = STREAM.matcher(message);
        if (stream.matches()) {
          message = stream.group(1);
        }
        return new LogEvent(LambdaNumbers.isoToEpochNanos(m.group(1)), message.strip(), number);
      }
    }
    return new LogEvent(RecordedRequest.UNKNOWN, line.strip(), number);
  }

  private LogEvent nextFromDocument() throws IOException, ImportException {
    try {
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          if (!sawEvents) {
            throw new ImportException(
                lines.label(),
                firstLineNumber,
                "the JSON of aws logs filter-log-events ({\"events\": [...]})",
                "a JSON document without \"events\"",
                "export with aws logs filter-log-events --log-group-name /aws/lambda/FUNCTION");
          }
          return null;
        }
        if (inEvents) {
          if (token == JsonToken.END_ARRAY) {
            inEvents = false;
          } else if (token == JsonToken.START_OBJECT) {
            LogEvent event = readEvent();
            if (event != null) {
              return event;
            }
          } else {
            bad.add(lines.label(), line(), "an event that is not a JSON object");
            parser.skipChildren();
          }
        } else if (!inRoot) {
          if (token != JsonToken.START_OBJECT) {
            throw new ImportException(
                lines.label(),
                line(),
                "the JSON of aws logs filter-log-events ({\"events\": [...]})",
                "JSON that is not an object",
                "export with aws logs filter-log-events --log-group-name /aws/lambda/FUNCTION");
          }
          inRoot = true;
        } else if (token == JsonToken.END_OBJECT) {
          inRoot = false;
        } else {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("events".equals(name) && value == JsonToken.START_ARRAY) {
            inEvents = true;
            sawEvents = true;
          } else {
            parser.skipChildren();
          }
        }
      }
    } catch (JacksonException e) {
      throw new ImportException(
          lines.label(),
          line(),
          "the JSON of aws logs filter-log-events",
          "JSON that breaks off: " + Excerpt.of(e.getOriginalMessage()),
          "check that the file is whole: an export cut short ends inside an event");
    }
  }

  /** Reads one event's object, or returns null (and counts it) when it has no usable message. */
  private LogEvent readEvent() throws IOException {
    long timestampNanos = RecordedRequest.UNKNOWN;
    String message = null;
    long messageLine = line();
    for (JsonToken t = parser.nextToken();
        t != null && t != JsonToken.END_OBJECT;
        t = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("timestamp".equals(name)) {
        if (value == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          timestampNanos = LambdaNumbers.epochMillisToNanos(parser.getLongValue());
        }
      } else if ("message".equals(name) && value == JsonToken.VALUE_STRING) {
        message = parser.getText();
        messageLine = line();
      } else {
        parser.skipChildren();
      }
    }
    if (message == null) {
      bad.add(lines.label(), messageLine, "an event without a message");
      return null;
    }
    return new LogEvent(timestampNanos, message.strip(), messageLine);
  }

  /** Returns the file line of the parser's token: its text starts with the first line read. */
  private long line() {
    return firstLineNumber - 1 + Math.max(1, parser.currentTokenLocation().getLineNr());
  }
}
