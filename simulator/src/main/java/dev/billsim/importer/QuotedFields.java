package dev.billsim.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of space-separated fields, some in double quotes, as AWS writes ALB access logs: a
 * quoted field may hold spaces, and a backslash inside quotes keeps the next character (AWS does
 * not document escaping in these logs; this is how a quote inside a user agent would be written).
 */
final class QuotedFields {
  private QuotedFields() {}

  /** Returns the fields without their quotes, or null for a line with an unterminated quote. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      if (line.charAt(i) == ' ') {
        i++;
        continue;
      }
      StringBuilder field = new StringBuilder();
      if (line.charAt(i) == '"') {
        i++;
        while (i < n && line.charAt(i) != '"') {
          if (line.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          field.append(line.charAt(i++));
        }
        if (i >= n) {
          return null;
        }
        i++;
      } else {
        while (i < n && line.charAt(i) != ' ') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
    }
    return fields;
  }
}
