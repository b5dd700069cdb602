package dev.billsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.Provider;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.input.TextFiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads price catalog overlays: YAML files in the catalog's own format whose figures replace the
 * catalog's at the same paths ({@code billsim run --catalog FILE}, a scenario's {@code catalog:}).
 *
 * <p>An overlay is checked before it is applied, every problem reported with file, line, column,
 * the path in the catalog, what was expected and a hint: a figure without its source or effective
 * date, a value that is not a decimal, a path the catalog does not know (with the closest one), a
 * tier list out of order, an instance type without vCPUs and memory, a region without a provider or
 * with an unknown one.
 */
public final class CatalogReader {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * The largest overlay file: 64 MB, room for every EC2 instance type in every region (about 15 MB
   * as {@code billsim prices import aws} writes them).
   */
  public static final long MAX_OVERLAY_BYTES = YamlReader.LARGE_CODE_POINTS;

  private CatalogReader() {}

  /**
   * Returns {@code base} with the overlay files applied in order, each checked against the catalog
   * as the files before it left it.
   *
   * @throws ScenarioException with every problem of every file, if any has one
   */
  public static PriceCatalog apply(PriceCatalog base, List<Path> files) throws ScenarioException {
    Problems problems = new Problems("");
    PriceCatalog catalog = base;
    for (Path file : files) {
      JsonNode overlay = read(file, file.toString(), catalog, problems, null, null);
      if (overlay != null) {
        catalog = catalog.withOverlays(List.of(overlay));
      }
    }
    if (problems.any()) {
      throw new ScenarioException(problems.inFileOrder());
    }
    return catalog;
  }

  /**
   * Returns {@code base} with overlays given as text applied in order: the same catalog as {@link
   * #apply} gives for files holding those texts, for a process that was sent the texts (a sweep's
   * shard or cluster task) rather than the files.
   *
   * @throws ScenarioException with every problem of every overlay, if any has one
   */
  public static PriceCatalog applyTexts(PriceCatalog base, List<Overlay> overlays)
      throws ScenarioException {
    Problems problems = new Problems("");
    PriceCatalog catalog = base;
    for (Overlay given : overlays) {
      JsonNode overlay = parse(given.text(), given.label(), catalog, problems);
      if (overlay != null) {
        catalog = catalog.withOverlays(List.of(overlay));
      }
    }
    if (problems.any()) {
      throw new ScenarioException(problems.inFileOrder());
    }
    return catalog;
  }

  /**
   * Returns an overlay file's text, read as {@link #apply} reads it (size limit, UTF-8): call it
   * after {@link #apply} has accepted the file, which has reported any problem reading it.
   */
  public static Overlay overlay(Path file) throws IOException {
    return new Overlay(file.toString(), TextFiles.read(file, MAX_OVERLAY_BYTES, Long.MAX_VALUE));
  }

  /**
   * States a catalog overlay as text.
   *
   * @param label the file as given, for messages
   * @param text the file's text
   */
  public record Overlay(String label, String text) implements Serializable {
    /** Checks that both parts are present. */
    public Overlay {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Reads and checks one overlay file, or returns null after recording its problems; a file that
   * cannot be read is reported at {@code at} (the scenario's key naming it) when given.
   */
  static JsonNode read(
      Path file, String label, PriceCatalog base, Problems problems, YamlNode at, String key) {
    String text;
    try {
      text = TextFiles.read(file, MAX_OVERLAY_BYTES, Long.MAX_VALUE);
    } catch (NoSuchFileException e) {
      fileProblem(problems, at, key, label, "an existing catalog overlay file", "no such file");
      return null;
    } catch (TextException e) {
      problems.addIn(label, "(file)", e);
      return null;
    } catch (IOException e) {
      fileProblem(
          problems, at, key, label, "a readable catalog overlay file", IoReasons.describe(e, file));
      return null;
    }
    return parse(text, label, base, problems);
  }

  private static void fileProblem(
      Problems problems, YamlNode at, String key, String label, String expected, String got) {
    String hint = "paths in catalog: are relative to the scenario file; check the path";
    if (at != null) {
      problems.add(at, key, expected, got + " (" + label + ")", hint);
    } else {
      problems.add(
          new ScenarioProblem(label, 0, 0, "(file)", expected, got, "check the --catalog path"));
    }
  }

  /** Parses and checks overlay text, or returns null after recording its problems. */
  static JsonNode parse(String text, String label, PriceCatalog base, Problems problems) {
    Problems own = new Problems(label);
    if (FileProblems.longLine(text, own)) {
      own.inFileOrder().forEach(problems::add);
      return null;
    }
    YamlReader reader = new YamlReader(true);
    YamlNode root;
    try {
      root = reader.read(text);
    } catch (YamlReader.SyntaxException e) {
      problems.add(
          new ScenarioProblem(
              label,
              e.line(),
              e.column(),
              "(syntax)",
              "well-formed YAML",
              "a syntax error: " + e.problem(),
              FileProblems.syntaxHint(e.problem(), FileProblems.lineOf(text, e.line()))));
      return null;
    }
    for (YamlReader.Duplicate d : reader.duplicates()) {
      own.add(d.line(), d.column(), d.key(), "each key once", "'" + d.key() + "' again", "");
    }
    new OverlayCheck(base, own).top(root);
    own.inFileOrder().forEach(problems::add);
    return own.any() ? null : sized(tree(root), base);
  }

  /**
   * Gives a home-region instance entry that states only a price the vCPUs and memory the catalog
   * knows for its type: the entry replaces the catalog's whole, and a price alone is not a type.
   */
  private static JsonNode sized(JsonNode overlay, PriceCatalog base) {
    if (overlay.path("ec2").path("instances") instanceof ObjectNode instances) {
      instances
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue() instanceof ObjectNode entry && !entry.has("vcpus")) {
                  base.instanceType(e.getKey())
                      .ifPresent(
                          type -> {
                            entry.put("vcpus", Integer.toString(type.vcpus()));
                            entry.put("memory-mb", Long.toString(type.memoryMb()));
                          });
                }
              });
    }
    return overlay;
  }

  /** Converts a checked overlay into the catalog's tree, every scalar as written (exact). */
  private static JsonNode tree(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      ObjectNode object = JSON.objectNode();
      m.entries().forEach((k, v) -> object.set(k, tree(v)));
      return object;
    }
    if (node instanceof YamlNode.Sequence s) {
      ArrayNode array = JSON.arrayNode();
      s.items().forEach(item -> array.add(tree(item)));
      return array;
    }
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    return text == null ? JSON.nullNode() : JSON.textNode(text);
  }

  /** Names the providers for messages. */
  static List<String> providerKeys() {
    List<String> keys = new ArrayList<>();
    for (Provider p : Provider.values()) {
      keys.add(p.key());
    }
    return keys;
  }

  /** Returns the path's known form for a suggestion. */
  static String suggestPath(String path, Set<String> known) {
    return Problems.didYouMean(path, known) + "billsim prices lists the catalog's paths";
  }

  /** Returns whether a word is a likely misspelling of a known one, for hints. */
  public static boolean closeTo(String given, String known) {
    return Problems.closest(given, List.of(known)) != null;
  }
}
