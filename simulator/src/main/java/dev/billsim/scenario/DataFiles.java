package dev.billsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.billsim.input.CsvRows;
import dev.billsim.input.Excerpt;
import dev.billsim.input.FileLook;
import dev.billsim.input.ParserErrors;
import dev.billsim.input.TextException;
import dev.billsim.input.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a numeric column of a data file for an empirical distribution: a CSV file with a header
 * line, or a JSON array of objects (a field per record). Empty and null values are skipped; any
 * other value that is not a number is an error with its line.
 *
 * <p>Files are read through {@link TextFiles}: a file that is not UTF-8 text, a CSV line over
 * {@link TextFiles#MAX_LINE_LENGTH}, a JSON file over {@link TextFiles#MAX_JSON_BYTES} or more than
 * {@link #MAX_VALUES} values is refused with where and why, and a parser's own message is never
 * shown ({@link ParserErrors}).
 */
final class DataFiles {
  /** The most values a data file may give one distribution (80 MB of doubles). */
  static final int MAX_VALUES = 10_000_000;

  private static final JsonFactory JSON = new JsonFactory();
  private static final String FIX_VALUE = "fix or remove the value, or choose another column";

  private DataFiles() {}

  /**
   * Returns every number in the column, in file order, refusing one below 0 or above {@code max} at
   * its line.
   *
   * @param label the file as the scenario names it, for commands in hints
   * @param range the allowed values in words, for the message
   */
  static double[] column(Path path, String label, String column, double max, String range)
      throws IOException {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? jsonField(path, column, new Range(max, range))
        : csvColumn(path, label, column, new Range(max, range));
  }

  /** The values a column may hold: from 0 to {@code max}, described for messages. */
  private record Range(double max, String words) {
    double check(double value, int line, String text) throws TextException {
      if (value < 0 || value > max) {
        throw new TextException(line, words, "'" + Excerpt.of(text) + "'", "check the unit");
      }
      return value;
    }
  }

  private static double[] csvColumn(Path path, String label, String column, Range range)
      throws IOException {
    FileLook.Match look = FileLook.of(path);
    if (look != null) {
      throw notCsv(look, label, column);
    }
    try (CsvRows rows = CsvRows.open(path)) {
      String[] first = rows.next();
      if (first == null) {
        throw new TextException(
            1, "a header line naming the columns", "an empty file", "add a header line");
      }
      List<String> header = Arrays.asList(first);
      int index = header.indexOf(column);
      if (index < 0) {
        throw new TextException(
            rows.line(),
            "a column '" + column + "' in the header",
            "columns " + Excerpt.ofNames(header),
            "check the column's name, and that the file is the one meant");
      }
      double[] values = new double[64];
      int n = 0;
      for (String[] row = rows.next(); row != null; row = rows.next()) {
        int line = rows.line();
        if (row.length <= index || row[index].isBlank()) {
          continue;
        }
        values = grow(values, n, line);
        values[n++] = range.check(number(row[index], line), line, row[index]);
      }
      return Arrays.copyOf(values, n);
    }
  }

  /**
   * Returns the report of a data file that is not a CSV file: what it looks like and how to convert
   * it, or, for JSON, how to have it read as JSON.
   */
  private static TextException notCsv(FileLook.Match look, String label, String column) {
    String hint = look.hintAsJson(label);
    if (hint == null) {
      hint = look.hint(label, List.of(column), false);
    }
    return TextException.ofFile(
        look.line(),
        "a CSV file with a header line naming its columns, among them " + column,
        "what looks like " + look.look().description(),
        hint);
  }

  /**
   * Reads field {@code field} of each record of a JSON array, streaming, so that every problem has
   * its line.
   */
  private static double[] jsonField(Path path, String field, Range range) throws IOException {
    try (InputStream in = TextFiles.open(path, TextFiles.MAX_JSON_BYTES, Long.MAX_VALUE);
        JsonParser json = JSON.createParser(in)) {
      JsonToken first = json.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new TextException(
            Math.max(1, json.currentTokenLocation().getLineNr()),
            "a JSON array of records, [{\"" + field + "\": 1.5}, ...]",
            first == null ? "an empty file" : describe(first),
            "point at a JSON file holding an array of objects");
      }
      double[] values = new double[64];
      int n = 0;
      int record = 0;
      for (JsonToken token = json.nextToken();
          token != JsonToken.END_ARRAY;
          token = json.nextToken()) {
        record++;
        int line = json.currentTokenLocation().getLineNr();
        if (token == null) {
          throw new TextException(
              line,
              "a closing bracket at the end of the array",
              "the end of the file",
              "the file may be cut short");
        }
        if (token != JsonToken.START_OBJECT) {
          throw new TextException(
              line,
              "a record (a JSON object) as element " + record,
              describe(token),
              "each element of the array is an object with a field '" + field + "'");
        }
        double value = recordField(json, field, record, range);
        if (!Double.isNaN(value)) {
          values = grow(values, n, line);
          values[n++] = value;
        }
      }
      if (json.nextToken() != null) {
        throw new TextException(
            json.currentTokenLocation().getLineNr(),
            "nothing after the array's closing bracket",
            describe(json.currentToken()),
            "a data file holds one JSON array");
      }
      return Arrays.copyOf(values, n);
    } catch (JsonProcessingException e) {
      TextException text = TextException.find(e);
      if (text != null) {
        throw text; // the stream's own report, wrapped by the parser
      }
      ParserErrors.Described what = ParserErrors.json(e);
      throw new TextException(what.line(), "well-formed JSON", what.got(), "fix the file there");
    }
  }

  /**
   * Reads one record, positioned at its opening brace, and returns its {@code field}, or NaN when
   * it has none or it is null.
   */
  private static double recordField(JsonParser json, String field, int record, Range range)
      throws IOException {
    double found = Double.NaN;
    for (JsonToken token = json.nextToken();
        token != JsonToken.END_OBJECT;
        token = json.nextToken()) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals(name) && value != JsonToken.VALUE_NULL) {
        int line = json.currentTokenLocation().getLineNr();
        if (!value.isNumeric()) {
          throw new TextException(
              line,
              "a number in field '" + field + "' of record " + record,
              value == JsonToken.VALUE_STRING
                  ? "'" + Excerpt.of(json.getText()) + "'"
                  : describe(value),
              FIX_VALUE);
        }
        found = json.getDoubleValue();
        if (!Double.isFinite(found)) {
          throw new TextException(
              line, "a finite number in field '" + field + "'", json.getText(), FIX_VALUE);
        }
        range.check(found, line, json.getText());
      }
      json.skipChildren();
    }
    return found;
  }

  /** Names a JSON token in words. */
  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }

  private static double number(String text, int line) throws TextException {
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TextException(line, "a number", "'" + Excerpt.of(text) + "'", FIX_VALUE);
  }

  /** Returns room for one more value, refusing more than {@link #MAX_VALUES}. */
  private static double[] grow(double[] values, int n, int line) throws TextException {
    if (n >= MAX_VALUES) {
      throw new TextException(
          line,
          String.format(Locale.ROOT, "at most %,d values", MAX_VALUES),
          "more",
          "sample the file down: a distribution needs thousands of values, not millions");
    }
    return n < values.length ? values : Arrays.copyOf(values, Math.min(MAX_VALUES, n * 2));
  }
}
