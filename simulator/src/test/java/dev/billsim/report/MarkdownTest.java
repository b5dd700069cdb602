package dev.billsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Checks that text from a scenario cannot become HTML, a link, a table cell break or a new block in
 * the Markdown reports, and that ordinary names come out exactly as written.
 */
class MarkdownTest {
  @Test
  void escape_html_becomesEntities() {
    assertThat(Markdown.escape("<script>alert(1)</script> & <!-- x -->"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- x --&gt;");
  }

  @Test
  void escape_pipesLinksAndCode_areBackslashed() {
    assertThat(Markdown.escape("a | b")).isEqualTo("a \\| b");
    assertThat(Markdown.escape("![x](http://e/p.png)")).isEqualTo("!\\[x\\](http://e/p.png)");
    assertThat(Markdown.escape("`x` #1")).isEqualTo("\\`x\\` \\#1");
  }

  @Test
  void escape_backslash_isDoubledOnlyWhereItWouldEscape() {
    assertThat(Markdown.escape("rate \\ memory")).isEqualTo("rate \\ memory");
    assertThat(Markdown.escape("a\\*b")).isEqualTo("a\\\\*b");
    assertThat(Markdown.escape("ends\\")).isEqualTo("ends\\\\");
  }

  @Test
  void escape_lineBreaks_becomeSpaces() {
    assertThat(Markdown.escape("a\n# b\r\nc\rd")).isEqualTo("a \\# b c d");
  }

  @Test
  void escape_ordinaryNames_areUnchanged() {
    for (String name :
        new String[] {
          "llm-chat",
          "lambda-1024-arm64",
          "An M/M/1 queue, rho = 0.8, on one 1-vCPU instance",
          "USD/month",
          "95% CI",
          "12.34 *",
          "-3",
          "1,000 requests a second",
          "free tier: requests"
        }) {
      assertThat(Markdown.escape(name)).as(name).isEqualTo(name);
      assertThat(Markdown.line(name)).as(name).isEqualTo(name.startsWith("-") ? "\\" + name : name);
    }
  }

  @Test
  void line_blockMarkers_areEscapedSoTheTextStaysAParagraph() {
    assertThat(Markdown.line("- a")).isEqualTo("\\- a");
    assertThat(Markdown.line("+ a")).isEqualTo("\\+ a");
    assertThat(Markdown.line("* a")).isEqualTo("\\* a");
    assertThat(Markdown.line("---")).isEqualTo("\\---");
    assertThat(Markdown.line("___")).isEqualTo("\\___");
    assertThat(Markdown.line("~~~")).isEqualTo("\\~~~");
    assertThat(Markdown.line("12. a")).isEqualTo("12\\. a");
    assertThat(Markdown.line("3) a")).isEqualTo("3\\) a");
    assertThat(Markdown.line("# a")).isEqualTo("\\# a");
    assertThat(Markdown.line("> a")).isEqualTo("&gt; a");
    assertThat(Markdown.line("    code")).isEqualTo("code");
    assertThat(Markdown.line("2024 was busy")).isEqualTo("2024 was busy");
  }

  @Test
  void code_holdsBackticksWithALongerFence() {
    assertThat(Markdown.code("scenarios/a.yaml")).isEqualTo("`scenarios/a.yaml`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("`a")).isEqualTo("`` `a ``");
    assertThat(Markdown.code("a\nb")).isEqualTo("`a b`");
  }

  @Test
  void textTable_markdown_escapesHeadersAndCells() {
    String table = new TextTable("platform", "USD>").row("<b>x|y</b>", "1.00").markdown();

    assertThat(table)
        .isEqualTo("| platform | USD |\n|---|---:|\n| &lt;b&gt;x\\|y&lt;/b&gt; | 1.00 |\n");
  }
}
