package dev.billsim.report;

/**
 * Escapes text that comes from a scenario (its name and description, platform names, parameter
 * values) for the Markdown reports, so that a renderer shows it as written: never as HTML, a link,
 * a table cell break, a heading or a list.
 */
final class Markdown {
  private Markdown() {}

  /**
   * Returns text for inside a Markdown line or table cell: {@code & < >} as HTML entities (no tag,
   * comment or autolink survives); {@code | [ ] # `} behind a backslash (no cell break, link,
   * image, heading closer or code span); a backslash doubled where it would escape the next
   * character or what follows the text; line breaks as spaces (no new block).
   */
  static String escape(String text) {
    String flat = oneLine(text);
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|', '[', ']', '#', '`' -> out.append('\\').append(c);
        case '\\' -> {
          // Doubled only where it would escape what follows: "a \ b" stays as it is.
          boolean escapes = i + 1 == flat.length() || isPunctuation(flat.charAt(i + 1));
          out.append(escapes ? "\\\\" : "\\");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns text for the start of a Markdown line, as {@link #escape} does and with leading white
   * space dropped and a leading list, quote, heading, fence or rule marker escaped, so that it
   * stays a paragraph (a description of {@code - 1. b} is not a list).
   */
  static String line(String text) {
    String escaped = escape(text.stripLeading());
    int digits = 0;
    while (digits < escaped.length()
        && escaped.charAt(digits) >= '0'
        && escaped.charAt(digits) <= '9') {
      digits++;
    }
    // "- ", "+ ", "* " start a list, "---", "***", "___" a rule, "~~~" a fence; "1. " and "1) " an
    // ordered list, whose marker is the character after the digits ("12.5" is not one).
    String markers = digits == 0 ? "-+*_~" : ".)";
    if (digits < escaped.length()
        && markers.indexOf(escaped.charAt(digits)) >= 0
        && (digits == 0 || digits + 1 == escaped.length() || escaped.charAt(digits + 1) == ' ')) {
      return escaped.substring(0, digits) + '\\' + escaped.substring(digits);
    }
    return escaped;
  }

  /**
   * Returns a code span holding {@code text} as written, fenced by more backticks than it holds.
   */
  static String code(String text) {
    String flat = oneLine(text);
    int longest = 0;
    for (int i = 0, run = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // A space inside each fence keeps a backtick at either end from joining the fence.
    String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return fence + pad + flat + pad + fence;
  }

  /**
   * Returns text with each line break (CR LF, CR or LF) as a space: a break could start a block.
   */
  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
