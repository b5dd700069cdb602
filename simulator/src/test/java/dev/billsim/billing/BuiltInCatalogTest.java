package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.billsim.input.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the jar's JSON copy of the price catalog ({@link PriceCatalog#BUILT_IN_JSON}, what billsim
 * reads at start) to its YAML sources, tree for tree: every key, value and number type. Run with
 * {@code -Dbillsim.regenerate=true} to rewrite it after editing a source.
 */
class BuiltInCatalogTest {
  private static final Path JSON_FILE =
      Path.of("src/main/resources/dev/billsim/billing", PriceCatalog.BUILT_IN_JSON);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void builtInJson_holdsTheYamlSourcesTreeForTree() throws IOException {
    List<JsonNode> sources = PriceCatalog.sourceTrees();
    boolean regenerate = Boolean.getBoolean("billsim.regenerate");
    if (regenerate) {
      ArrayNode array = JSON.createArrayNode();
      sources.forEach(array::add);
      Files.writeString(JSON_FILE, JSON.writeValueAsString(array) + "\n", StandardCharsets.UTF_8);
    }
    JsonNode shipped;
    try (InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.BUILT_IN_JSON)) {
      shipped = JSON.readTree(in);
    }
    JsonNode onDisk = JSON.readTree(JSON_FILE.toFile());

    assertThat(onDisk)
        .as(
            "%s is out of date: mvn -o -pl simulator test -Dtest=BuiltInCatalogTest"
                + " -Dbillsim.regenerate=true",
            JSON_FILE)
        .hasSize(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      assertThat(onDisk.get(i))
          .as("%s against %s: regenerate", JSON_FILE, PriceCatalog.RESOURCES.get(i))
          .isEqualTo(sources.get(i));
    }
    if (!regenerate) { // the classpath's copy was made before this run rewrote the file
      assertThat(shipped).as("the jar's copy: rebuild").isEqualTo(onDisk);
    }
    // What billsim reads at start: the streaming reader's tree is the mapper's, node for node.
    try (InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.BUILT_IN_JSON)) {
      assertThat(JsonTrees.read(in)).isEqualTo(shipped);
    }
  }
}
