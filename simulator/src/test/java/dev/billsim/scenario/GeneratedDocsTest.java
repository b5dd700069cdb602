package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Holds the committed docs to the key tables: docs/scenario.schema.json is exactly the schema
 * {@link ScenarioSchema} generates, and each key reference in docs/scenario-format.md is exactly
 * the one {@link KeyReference} generates. Run with {@code -Dbillsim.regenerate=true} to rewrite
 * both.
 */
class GeneratedDocsTest {
  private static final String REGENERATE =
      "; regenerate with: mvn -o -pl simulator test -Dtest=GeneratedDocsTest"
          + " -Dbillsim.regenerate=true (or ./billsim schema > docs/scenario.schema.json)";

  private static boolean regenerate() {
    return Boolean.getBoolean("billsim.regenerate");
  }

  @Test
  void schemaFile_isTheOneGeneratedFromTheKeyTables() throws IOException {
    String generated = ScenarioSchema.text();
    if (regenerate()) {
      Files.writeString(SchemaFile.PATH, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SchemaFile.PATH, StandardCharsets.UTF_8))
        .as("docs/scenario.schema.json is generated from the key tables" + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void formatReference_isTheOneGeneratedFromTheKeyTables() throws IOException {
    Path doc = Path.of("../docs/scenario-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String generated = KeyReference.fill(text);
    if (regenerate()) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
      text = generated;
    }
    assertThat(text)
        .as("the key tables in docs/scenario-format.md are generated" + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void formatReference_handWrittenTables_listTheKeyTablesKeys() throws IOException {
    String text = Files.readString(Path.of("../docs/scenario-format.md"), StandardCharsets.UTF_8);

    assertThat(text).contains("<!-- checked-keys: traffic-diurnal -->");
    assertThat(KeyReference.checkHandWritten(text)).isEmpty();
  }

  @Test
  void checkHandWritten_aKeyMissingFromItsTable_isNamed() {
    String doc =
        """
        <!-- checked-keys: llm -->
        | key | type | required | meaning |
        |---|---|---|---|
        | `ttft` | duration | yes | time to first token |
        | `tokens` | count | yes | output tokens |
        """;

    assertThat(KeyReference.checkHandWritten(doc))
        .singleElement()
        .asString()
        .contains("lists [ttft, tokens], but the key tables declare [ttft, itl, tokens]");
  }
}
