package dev.billsim.report;

import java.util.ArrayList;
import java.util.List;

/** Lays out rows of text in aligned columns, as plain text or as a Markdown table. */
public final class TextTable {
  /** Marks a cell to be shown in bold by {@link #html()}; for HTML tables only. */
  static final String STRONG = "\u0001";

  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** Creates a table; a header name ending in ">" is right-aligned (the ">" is dropped). */
  public TextTable(String... columns) {
    header = new ArrayList<>();
    rightAligned = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      rightAligned[i] = columns[i].endsWith(">");
      header.add(rightAligned[i] ? columns[i].substring(0, columns[i].length() - 1) : columns[i]);
    }
  }

  /** Adds a row with one cell per column. */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Renders with columns separated by two spaces, each line indented by {@code indent}. */
  public String plain(String indent) {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    appendPlain(out, indent, header, widths);
    for (List<String> row : rows) {
      appendPlain(out, indent, row, widths);
    }
    return out.toString();
  }

  /** Renders as a GitHub-flavoured Markdown table, every cell escaped ({@link Markdown#escape}). */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ")
        .append(String.join(" | ", header.stream().map(Markdown::escape).toList()))
        .append(" |\n|");
    for (boolean right : rightAligned) {
      out.append(right ? "---:|" : "---|");
    }
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ")
          .append(String.join(" | ", row.stream().map(Markdown::escape).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Renders as an HTML table in a box that scrolls sideways when the table is wider than the page,
   * text cells escaped to wrap only at spaces ({@link Html#cell}); a cell starting with {@link
   * #STRONG} is shown in bold (the mark dropped).
   */
  public String html() {
    StringBuilder out = new StringBuilder("<div class=\"scroll\"><table>\n<thead><tr>");
    for (int i = 0; i < header.size(); i++) {
      out.append(rightAligned[i] ? "<th class=\"num\">" : "<th>")
          .append(text(header.get(i), rightAligned[i]))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean strong = cell.startsWith(STRONG);
        String text = text(strong ? cell.substring(STRONG.length()) : cell, rightAligned[i]);
        out.append(rightAligned[i] ? "<td class=\"num\">" : "<td>")
            .append(strong ? "<strong>" + text + "</strong>" : text)
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table></div>\n").toString();
  }

  /**
   * Escapes a cell: numbers and their headers never wrap (styled so), words wrap at spaces only.
   */
  private static String text(String cell, boolean number) {
    return number ? Html.escape(cell) : Html.cell(cell);
  }

  private int[] widths() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private void appendPlain(StringBuilder out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(rightAligned[i] ? padding + cell : cell + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
