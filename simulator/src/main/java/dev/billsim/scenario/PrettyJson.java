package dev.billsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON as the committed docs/scenario.schema.json is laid out: two-space indents, one member
 * or item a line, {@code "key": value}, characters beyond ASCII as they are, and decimals of 1e16
 * and more in exponent form ({@code 1e+300}).
 */
final class PrettyJson {
  private final StringBuilder out = new StringBuilder();

  private PrettyJson() {}

  /** Returns the text of a tree, ending with a newline. */
  static String write(JsonNode node) {
    PrettyJson json = new PrettyJson();
    json.value(node, "");
    return json.out.append('\n').toString();
  }

  private void value(JsonNode node, String indent) {
    if (node.isObject()) {
      object(node, indent);
    } else if (node.isArray()) {
      array(node, indent);
    } else if (node.isTextual()) {
      string(node.asText());
    } else if (node.isFloatingPointNumber()) {
      out.append(decimal(node.decimalValue()));
    } else {
      out.append(node.toString()); // integers, booleans, null
    }
  }

  private void object(JsonNode node, String indent) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      out.append(inner);
      string(member.getKey());
      out.append(": ");
      value(member.getValue(), inner);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private void array(JsonNode node, String indent) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < node.size(); i++) {
      out.append(inner);
      value(node.get(i), inner);
      out.append(i + 1 < node.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Formats a decimal plainly, or as {@code 1e+300} from 1e16 on (as Python's repr does). */
  private static String decimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.abs().compareTo(BigDecimal.TEN.pow(16)) < 0) {
      String plain = stripped.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    int exponent = stripped.precision() - stripped.scale() - 1;
    BigDecimal mantissa = stripped.movePointLeft(exponent);
    return mantissa.toPlainString() + "e+" + exponent;
  }
}
