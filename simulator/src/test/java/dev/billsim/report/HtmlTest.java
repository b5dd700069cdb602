package dev.billsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Checks the HTML of table cells: a word a browser could break inside is kept whole, other words
 * and the spaces between them are left as they are, and a cell's text cannot become markup.
 */
class HtmlTest {
  @Test
  void cell_namesWithHyphensOrSlashes_areKeptWhole() {
    assertThat(Html.cell("lambda-arm64-provisioned/1024"))
        .isEqualTo("<span class=\"word\">lambda-arm64-provisioned/1024</span>");
    assertThat(Html.cell("workers (saves 12% vs ec2-t4g.small)"))
        .isEqualTo("workers (saves 12% vs <span class=\"word\">ec2-t4g.small)</span>");
  }

  @Test
  void cell_plainWordsAndNumbers_areUnchanged() {
    assertThat(Html.cell("free tier: duration 1,234.5")).isEqualTo("free tier: duration 1,234.5");
    assertThat(Html.cell("  two  spaces ")).isEqualTo("  two  spaces ");
    assertThat(Html.cell("")).isEmpty();
  }

  @Test
  void cell_markup_isEscaped() {
    assertThat(Html.cell("<b>x</b> 'a'"))
        .isEqualTo(
            "<span class=\"word\">&lt;b&gt;x&lt;/b&gt;</span> <span class=\"word\">&#39;a&#39;</span>");
  }

  @Test
  void html_table_scrollsInItsOwnBox() {
    String html = new TextTable("platform", "USD>").row("lambda-x86/1024", "-1.50").html();
    assertThat(html)
        .startsWith("<div class=\"scroll\"><table>")
        .endsWith("</table></div>\n")
        .contains("<td><span class=\"word\">lambda-x86/1024</span></td>")
        .contains("<td class=\"num\">-1.50</td>");
  }
}
