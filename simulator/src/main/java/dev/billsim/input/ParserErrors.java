package dev.billsim.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in billsim's words what a JSON or CSV parser found wrong, and where: the parser's own
 * message names its internals (token names, reference chains, its source object), so it is read for
 * the kind of mistake and never shown. A message not recognised here becomes "malformed JSON" or
 * "malformed CSV" with its line, never the parser's text.
 */
public final class ParserErrors {
  private static final Pattern CHARACTER = Pattern.compile("\\('(.+?)' \\(code");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern TOO_LONG =
      Pattern.compile("(?i)(\\w+) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern TOO_DEEP =
      Pattern.compile("(?i)nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /**
   * A parser error in words: where (1-based line, or 0 when unknown) and what was found.
   *
   * @param line the 1-based line, or 0
   * @param got what was found, for "expected ..., got {@code got}"
   */
  public record Described(long line, String got) {}

  private ParserErrors() {}

  /** Describes an error of a JSON parser. */
  public static Described json(JsonProcessingException e) {
    String message = message(e);
    String got;
    if (message.startsWith("Unexpected end-of-input")) {
      got = "the end of the file before the JSON is complete (a bracket, brace or quote is open)";
    } else if (message.startsWith("Unexpected character")) {
      got = "the character " + quoted(message) + whereExpected(message);
    } else if (message.startsWith("Unrecognized token")) {
      got = "the word " + quoted(message) + " (text in JSON needs double quotes)";
    } else if (message.startsWith("Non-standard token")) {
      got = quoted(message) + " (JSON has no NaN or Infinity: write null, or leave the field out)";
    } else if (message.startsWith("Unexpected close marker")) {
      got = "a closing " + quoted(message) + " that does not match the bracket or brace it closes";
    } else if (message.startsWith("Invalid numeric value") || message.startsWith("Numeric value")) {
      got = "a malformed or out-of-range number";
    } else if (message.startsWith("Illegal unquoted character")) {
      got = "a control character inside a string (write it as an escape, such as \\n)";
    } else if (message.startsWith("Unrecognized character escape")) {
      got = "an unknown escape inside a string (a backslash must be written \\\\)";
    } else {
      got = limit(message, "malformed JSON");
    }
    return new Described(line(e), got);
  }

  /**
   * Describes an error of a CSV parser.
   *
   * @param lastRowLine the line of the last row read whole, or 0: a quote left open is reported at
   *     the end of the file, so the row after this one is where to look
   */
  public static Described csv(JsonProcessingException e, long lastRowLine) {
    String message = message(e);
    if (message.contains("Missing closing quote")) {
      return new Described(
          lastRowLine + 1,
          "a quoted value that is never closed, in the row starting on line "
              + (lastRowLine + 1)
              + " (a quote inside a quoted value is written twice: \"\")");
    }
    if (message.contains("Expected separator") || message.contains("Unexpected character")) {
      return new Described(
          line(e), "text after a closing quote (a quote inside a quoted value is written twice)");
    }
    return new Described(line(e), limit(message, "malformed CSV (RFC 4180)"));
  }

  /** Returns the parser's message without its location suffix, or an empty string. */
  private static String message(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    return original == null ? "" : original.strip();
  }

  private static long line(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }

  /** Returns the first quoted text of a message, quoted again and cut short, or "a character". */
  private static String quoted(String message) {
    Matcher m = CHARACTER.matcher(message);
    if (!m.find()) {
      m = QUOTED.matcher(message);
      if (!m.find()) {
        return "a character";
      }
    }
    return "'" + Excerpt.of(m.group(1)) + "'";
  }

  private static String whereExpected(String message) {
    if (message.contains("comma to separate")) {
      return " where a comma or a closing bracket was expected";
    }
    if (message.contains("double-quote to start field name")) {
      return " where a field name in double quotes was expected";
    }
    if (message.contains("colon to separate")) {
      return " where a colon after the field name was expected";
    }
    return " where a value was expected";
  }

  /** Describes a parser's size limit, or returns {@code otherwise}. */
  private static String limit(String message, String otherwise) {
    Matcher tooLong = TOO_LONG.matcher(message);
    if (tooLong.find()) {
      return String.format(
          Locale.ROOT,
          "a %s value of %,d characters, more than the %,d allowed",
          tooLong.group(1).toLowerCase(Locale.ROOT),
          Long.parseLong(tooLong.group(2)),
          Long.parseLong(tooLong.group(3)));
    }
    Matcher tooDeep = TOO_DEEP.matcher(message);
    if (tooDeep.find()) {
      return String.format(
          Locale.ROOT,
          "values nested %,d deep, more than the %,d allowed",
          Long.parseLong(tooDeep.group(1)),
          Long.parseLong(tooDeep.group(2)));
    }
    return otherwise;
  }
}
