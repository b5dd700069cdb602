package dev.billsim.report;

import dev.billsim.chart.ChartImage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the pieces of a self-contained HTML page: escaped text, table cells, the page's frame with
 * its style inline, charts as inline SVG. The page loads nothing (no scripts, fonts, style sheets
 * or images from elsewhere), so it opens offline from a file and never changes by itself.
 */
final class Html {
  /**
   * The page's style. The page is never wider than the window: a table scrolls sideways in its own
   * box when it is wider than the content, charts shrink to the content's width (their SVG has a
   * viewBox), and a long word in prose (a path, a URL) breaks rather than widen the page. Table
   * cells wrap only at spaces: numbers and their headers never wrap, and each word a browser could
   * break inside (a platform name such as {@code lambda-arm64/1024}) is a {@code word} span that
   * stays whole.
   */
  private static final String STYLE =
      """
      body { font-family: 'DejaVu Sans', Verdana, sans-serif; margin: 2em auto; max-width: 960px;
        padding: 0 1em; color: #222; line-height: 1.45; overflow-wrap: break-word; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ddd; }
      h3 { font-size: 1.05em; margin-top: 1.4em; }
      .scroll { overflow-x: auto; margin: 0.6em 0; }
      table { border-collapse: collapse; font-size: 0.9em; overflow-wrap: normal; }
      th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #e4e4e4; text-align: left; }
      th { background: #f4f4f4; vertical-align: bottom; }
      td { vertical-align: top; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .word { white-space: nowrap; }
      figure { margin: 1em 0; }
      figure svg, figure img { display: block; box-sizing: border-box; max-width: 100%;
        height: auto; border: 1px solid #eee; }
      figcaption { font-size: 0.85em; color: #555; }
      pre { background: #f7f7f7; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }
      .note { color: #555; font-size: 0.9em; }
      """;

  /**
   * Matches a word no browser breaks inside: letters, digits and the marks of numbers and prose.
   * Any other mark may offer a break after it (a hyphen, a slash), so words with one are kept
   * whole.
   */
  private static final Pattern UNBROKEN = Pattern.compile("[\\p{L}\\p{N}.,:;%()*_]*");

  private static final Pattern WORD = Pattern.compile("\\S+");

  private Html() {}

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Escapes a table cell's text so that it wraps only at its spaces: each word a browser could
   * break inside (after a hyphen or a slash) goes in a {@code word} span.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher word = WORD.matcher(text);
    int end = 0;
    while (word.find()) {
      out.append(escape(text.substring(end, word.start())));
      String escaped = escape(word.group());
      if (UNBROKEN.matcher(word.group()).matches()) {
        out.append(escaped);
      } else {
        out.append("<span class=\"word\">").append(escaped).append("</span>");
      }
      end = word.end();
    }
    return out.append(escape(text.substring(end))).toString();
  }

  /** Wraps a body in the page's frame with its title and style. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  /** Shows each chart inline as SVG under its title, with links to its PNG and SVG files. */
  static String charts(List<ChartImage> charts) {
    StringBuilder out = new StringBuilder();
    for (ChartImage chart : charts) {
      String file = "charts/" + chart.name();
      out.append("<figure id=\"")
          .append(escape(chart.name()))
          .append("\">\n")
          .append(chart.svg())
          .append("<figcaption>")
          .append(escape(chart.title()))
          .append(": <a href=\"")
          .append(file)
          .append(".png\">PNG</a>, <a href=\"")
          .append(file)
          .append(".svg\">SVG</a></figcaption>\n</figure>\n");
    }
    return out.toString();
  }

  /** Shows a scenario file's text as preformatted code. */
  static String scenario(String file, String text) {
    return "<h2>The scenario</h2>\n<p class=\"note\">"
        + escape(file)
        + "</p>\n<pre><code>"
        + escape(text)
        + "</code></pre>\n";
  }
}
