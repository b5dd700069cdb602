package dev.billsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a numeric column of a data file for an empirical distribution: a CSV file with a header
 * line, or a JSON array of objects (a field per record). Empty and null values are skipped; any
 * other value that is not a number is an error with its line (CSV) or record (JSON).
 */
final class DataFiles {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** Reports a problem in a data file. */
  static final class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String expected;
    private final String got;

    DataException(int line, String expected, String got) {
      super(expected + ", got " + got);
      this.line = line;
      this.expected = expected;
      this.got = got;
    }

    int line() {
      return line;
    }

    String expected() {
      return expected;
    }

    String got() {
      return got;
    }
  }

  private DataFiles() {}

  /** Returns every number in the column, in file order. */
  static double[] column(Path path, String column) throws DataException, IOException {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? jsonField(path, column)
        : csvColumn(path, column);
  }

  private static double[] csvColumn(Path path, String column) throws DataException, IOException {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(reader)) {
      if (!rows.hasNextValue()) {
        throw new DataException(1, "a header line naming the columns", "an empty file");
      }
      List<String> header = Arrays.asList(rows.nextValue());
      int index = header.indexOf(column);
      if (index < 0) {
        throw new DataException(1, "a column '" + column + "' in the header", "columns " + header);
      }
      double[] values = new double[64];
      int n = 0;
      while (rows.hasNextValue()) {
        String[] row = rows.nextValue();
        int line = rows.getParser().currentTokenLocation().getLineNr();
        if (row.length <= index || row[index].isBlank()) {
          continue;
        }
        values = grow(values, n);
        values[n++] = number(row[index], line);
      }
      return Arrays.copyOf(values, n);
    }
  }

  private static double[] jsonField(Path path, String field) throws DataException, IOException {
    JsonNode root;
    try {
      root = JSON.readTree(path.toFile());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataException(line, "well-formed JSON", e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw new DataException(
          1,
          "a JSON array of records",
          root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    double[] values = new double[Math.max(1, root.size())];
    int n = 0;
    for (int i = 0; i < root.size(); i++) {
      JsonNode value = root.get(i).get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isNumber()) {
        throw new DataException(
            0,
            "a number in field '" + field + "' of record " + (i + 1),
            "'" + value.asText() + "'");
      }
      values[n++] = value.asDouble();
    }
    return Arrays.copyOf(values, n);
  }

  private static double number(String text, int line) throws DataException {
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DataException(line, "a number", "'" + text + "'");
  }

  private static double[] grow(double[] values, int n) {
    return n < values.length ? values : Arrays.copyOf(values, values.length * 2);
  }
}
