package dev.billsim.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says how to turn a file of a recognised {@link FileLook} into what billsim reads: a CSV file with
 * a header line, or for a data file a JSON array, with a {@code jq} command where one line does it
 * and a pointer to the documentation where it takes a script.
 */
final class ConversionHint {
  /** Where the conversion of logs is shown step by step. */
  private static final String SEE = "docs/scenario-format.md (Traces from logs and JSON) shows how";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TIME_FIELD = Pattern.compile("(?i)@?(?:ts|date|.*time.*)");
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._/,-]+");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[-+]\\d\\d:\\d\\d)");
  private static final Pattern JQ_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ConversionHint() {}

  /** Returns how to make a CSV file with {@code columns} out of the matched file. */
  static String toCsv(FileLook.Match match, String file, List<String> columns, boolean timestamps) {
    String header = "'" + String.join(",", columns) + "'";
    String pattern = match.look().timestampPattern();
    String format = timestamps && pattern != null ? ", read with format: \"" + pattern + "\"" : "";
    boolean more = columns.size() > 1;
    return switch (match.look()) {
      case LAMBDA_LOG ->
          rows(header)
              + (timestamps
                  ? "the time of its START line"
                      + (more ? " and the Duration of its REPORT line" : "")
                  : "the Duration of its REPORT line")
              + format
              + "; "
              + SEE;
      case LAMBDA_JSON_LOG ->
          rows(header)
              + (timestamps
                  ? "the time of its platform.start record"
                      + (more ? " and the durationMs of its platform.report record" : "")
                  : "the durationMs of its platform.report record")
              + format
              + "; "
              + SEE;
      case ACCESS_LOG ->
          rows(header)
              + (timestamps ? "the time in its [brackets]" : "the value wanted")
              + format
              + "; "
              + SEE;
      case JSON_LINES ->
          jq(file, columns, "") + (timestamps ? isoFormat(match.firstLine(), columns.get(0)) : "");
      case JSON -> jq(file, columns, ".[] | ");
      case NO_HEADER -> noHeader(match.firstLine(), columns);
      case TEXT_LOG -> rows(header) + "its values separated by commas; " + SEE;
    };
  }

  /** Returns how to have the matched file read as a JSON data file, or null if it is not JSON. */
  static String toJson(FileLook.Match match, String file) {
    String json = withExtension(file, ".json");
    return switch (match.look()) {
      case JSON ->
          "a data file is read as JSON (an array of records) when its name ends in .json: rename"
              + " it, then file: "
              + json;
      case JSON_LINES ->
          "make it one JSON array, e.g. jq -s . "
              + shell(file)
              + " > "
              + shell(json)
              + ", then file: "
              + json;
      default -> null;
    };
  }

  /** Returns the first time-like field name of a line holding a JSON object, or null. */
  static String timeField(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return null; // a line that only starts like JSON: no field to suggest
    }
    if (node == null || !node.isObject()) {
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (TIME_FIELD.matcher(name).matches() && name.length() <= Excerpt.MAX_CHARS) {
        return name;
      }
    }
    return null;
  }

  /**
   * Returns {@code , with format: PATTERN} when the field of the JSON object on the line holds an
   * ISO 8601 date-time with seconds, such as {@code 2026-11-03T14:00:00.313Z}, else nothing.
   */
  static String isoFormat(String line, String field) {
    JsonNode value;
    try {
      value = JSON.readTree(line).get(field);
    } catch (JsonProcessingException | RuntimeException e) {
      return ""; // no object, or no such field: nothing to suggest
    }
    Matcher iso = value == null ? null : ISO_DATE_TIME.matcher(value.asText());
    if (iso == null || !value.isTextual() || !iso.matches()) {
      return "";
    }
    String fraction = iso.group(1) == null ? "" : "." + "S".repeat(iso.group(1).length() - 1);
    String zone = iso.group(2).equals("Z") ? "X" : "XXX";
    return ", with format: \"yyyy-MM-dd'T'HH:mm:ss" + fraction + zone + "\"";
  }

  private static String rows(String header) {
    return "convert it to CSV: a header line " + header + ", then a row per request with ";
  }

  /** Returns a header as long as the first row, the expected columns first. */
  private static String noHeader(String firstRow, List<String> columns) {
    int fields = firstRow.split(",", -1).length;
    List<String> names = new ArrayList<>(columns);
    for (int i = names.size() + 1; i <= fields; i++) {
      names.add("column" + i);
    }
    return "add a header line above the first row naming its "
        + (fields == 1 ? "column" : fields + " columns")
        + ", e.g. '"
        + String.join(",", names)
        + "'";
  }

  /** Returns a jq command that writes the CSV file, and the scenario's new file name. */
  private static String jq(String file, List<String> columns, String each) {
    StringBuilder fields = new StringBuilder();
    for (String column : columns) {
      fields.append(fields.isEmpty() ? "" : ", ");
      fields.append(JQ_NAME.matcher(column).matches() ? "." + column : ".\"" + column + "\"");
    }
    String csv = withExtension(file, ".csv");
    return "convert it to CSV, e.g. { echo "
        + shell(String.join(",", columns))
        + "; jq -r '"
        + each
        + "["
        + fields
        + "] | @csv' "
        + shell(file)
        + "; } > "
        + shell(csv)
        + ", then file: "
        + csv;
  }

  /**
   * Returns the file's path with another extension (in the same directory), never the file's own
   * path: {@code data/requests.jsonl} gives {@code data/requests.csv}, {@code trace.csv} gives
   * {@code trace.converted.csv}.
   */
  static String withExtension(String file, String extension) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    String name = file.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String base = file.substring(0, slash + 1) + (dot > 0 ? name.substring(0, dot) : name);
    String renamed = base + extension;
    return renamed.equals(file) ? base + ".converted" + extension : renamed;
  }

  /** Quotes text for a POSIX shell unless it needs no quotes. */
  private static String shell(String text) {
    return PLAIN_WORD.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
