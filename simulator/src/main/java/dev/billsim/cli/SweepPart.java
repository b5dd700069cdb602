package dev.billsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.billsim.input.Excerpt;
import dev.billsim.input.IoReasons;
import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.CatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads a shard's part: the file {@code billsim sweep --shard K/N} writes and {@code
 * billsim sweep merge} reads. It holds the sweep's {@link SweepRequest} (so parts of different
 * sweeps are told apart), billsim's version (another version may simulate differently), which shard
 * of how many it is, and the usage of every job of its slice, one job per line.
 *
 * <p>The slice of shard K of N is the jobs whose index is K-1 modulo N: every shard gets points
 * from the whole sweep, so cheap and expensive regions of a grid spread evenly over the shards.
 */
final class SweepPart {
  /** The file a shard writes in its {@code --out} directory. */
  static final String FILE = "part.json";

  /** The value of the part's {@code format} field. */
  static final String FORMAT = "billsim-sweep-part";

  /** The value of the part's {@code format-version} field. */
  static final int FORMAT_VERSION = 1;

  /** The most shards a sweep is cut into: as many as a sweep of the most points has points. */
  static final int MAX_SHARDS = 100_000;

  private static final ObjectMapper JSON = mapper();

  private SweepPart() {}

  /**
   * Names a shard: the K-th of N, K from 1.
   *
   * @param index K, from 1 to {@code count}
   * @param count N, at least 1
   */
  record Shard(int index, int count) {
    /** Returns whether job {@code jobIndex} is in this shard's slice. */
    boolean has(int jobIndex) {
      return jobIndex % count == index - 1;
    }

    @Override
    public String toString() {
      return index + "/" + count;
    }

    /** Parses {@code K/N}, refusing anything else as a user error of {@code --shard}. */
    static Shard parse(String text) {
      String hint = "e.g. --shard 3/64 runs the third of 64 slices; K goes from 1 to N";
      int slash = text.indexOf('/');
      int index;
      int count;
      try {
        index = slash < 0 ? -1 : Integer.parseInt(text.substring(0, slash).trim());
        count = slash < 0 ? -1 : Integer.parseInt(text.substring(slash + 1).trim());
      } catch (NumberFormatException e) {
        index = -1;
        count = -1;
      }
      if (index < 1 || count < 1) {
        throw new UserError("--shard " + text, "K/N, two whole numbers", "'" + text + "'", hint);
      }
      if (count > MAX_SHARDS || index > count) {
        throw new UserError(
            "--shard " + text,
            "K from 1 to N, and N at most " + MAX_SHARDS,
            "'" + text + "'",
            hint);
      }
      return new Shard(index, count);
    }
  }

  /**
   * States a part as read.
   *
   * @param file the part file, for messages
   * @param usages the usage of every job of the slice, by job index
   */
  record Part(
      Path file,
      Origin origin,
      SweepRequest request,
      Shard shard,
      int jobs,
      Map<Integer, Usage> usages) {}

  /**
   * States what made a part besides its sweep: the billsim that ran it and the data files its
   * scenario read.
   *
   * @param version billsim's version
   * @param build when that billsim was built ({@link VersionProvider#build()})
   * @param dataFiles every file read while the sweep loaded, fingerprinted
   */
  record Origin(String version, String build, List<FileFingerprint> dataFiles) {
    Origin {
      dataFiles = List.copyOf(dataFiles);
    }
  }

  /** Returns the keys of {@code shard}'s slice of {@code keys}, in job order. */
  static List<JobKey> slice(List<JobKey> keys, Shard shard) {
    return keys.stream().filter(key -> shard.has(key.index())).toList();
  }

  /**
   * Returns the part's bytes: its header, then one line per job of the slice.
   *
   * @param jobs the number of jobs of the whole sweep
   * @param keys the slice's keys, in job order
   * @param results their results, in the same order
   */
  static byte[] write(
      Origin origin,
      SweepRequest request,
      Shard shard,
      int jobs,
      List<JobKey> keys,
      List<PlatformResult> results) {
    var header = JSON.createObjectNode();
    header.put("format", FORMAT);
    header.put("format-version", FORMAT_VERSION);
    header.put("billsim", origin.version());
    header.put("build", origin.build());
    var files = header.putArray("data-files");
    for (FileFingerprint file : origin.dataFiles()) {
      files.addObject().put("file", file.file()).put("sha256", file.sha256());
    }
    header.put("shard", shard.toString());
    header.put("jobs", jobs);
    header.set("request", request(request));
    StringBuilder text = new StringBuilder(header.toString());
    text.setLength(text.length() - 1); // the header's closing brace: the results follow
    text.append(",\"results\":[");
    for (int i = 0; i < keys.size(); i++) {
      JobKey key = keys.get(i);
      var result = JSON.createObjectNode();
      result.put("job", key.index());
      result.put("point", key.point());
      result.put("replication", key.replication());
      result.put("platform", results.get(i).platform().name());
      result.set("usage", UsageJson.toTree(results.get(i).usage()));
      text.append(i == 0 ? "\n" : ",\n").append(result);
    }
    text.append("\n]}\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode request(SweepRequest request) {
    var node = JSON.createObjectNode();
    node.put("scenario-file", request.scenarioFile());
    node.put("scenario-text", request.scenarioText());
    node.put("directory", request.directory());
    var catalogs = node.putArray("catalogs");
    for (CatalogReader.Overlay overlay : request.catalogs()) {
      catalogs.addObject().put("file", overlay.label()).put("text", overlay.text());
    }
    request.sets().forEach(node.putArray("set")::add);
    request.varies().forEach(node.putArray("vary")::add);
    if (request.seed() == null) {
      node.putNull("seed");
    } else {
      node.put("seed", request.seed());
    }
    node.put("latency", request.latency());
    node.put("within", request.within());
    node.put("replications", request.replications());
    return node;
  }

  /**
   * Reads a part: {@code path} is the part file or the directory a shard wrote it in.
   *
   * @throws UserError naming the file, the field and what was wrong, if it is not a part billsim
   *     wrote
   */
  static Part read(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
    String hint = "give the directories that billsim sweep --shard K/N --out DIR wrote";
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (NoSuchFileException e) {
      throw new UserError(
          file.toString(),
          "a part written by billsim sweep --shard",
          Files.isDirectory(path) ? "a directory without " + FILE : "no such file",
          hint);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new UserError(
          file + (at == null ? "" : ":" + at.getLineNr()),
          "a part written by billsim sweep --shard (JSON)",
          "text that is not well-formed JSON"
              + (at == null ? "" : " at column " + at.getColumnNr()),
          "the part may have been cut short: run its shard again");
    } catch (IOException e) {
      throw new UserError(
          file.toString(), "a readable part", IoReasons.describe(e, file), "check the file");
    }
    Fields fields = new Fields(file, root, "");
    if (!FORMAT.equals(root == null ? null : root.path("format").asText(null))) {
      throw new UserError(
          file.toString(),
          "a part written by billsim sweep --shard (format: " + FORMAT + ")",
          "another file",
          hint);
    }
    int formatVersion = fields.integer("format-version", 1, Integer.MAX_VALUE);
    if (formatVersion != FORMAT_VERSION) {
      throw new UserError(
          file + " format-version",
          "version " + FORMAT_VERSION + " of the part format",
          "version " + formatVersion,
          "merge the parts with the billsim that wrote them");
    }
    String version = fields.text("billsim");
    String build = fields.text("build");
    List<FileFingerprint> dataFiles = new ArrayList<>();
    JsonNode files = fields.array("data-files");
    for (int i = 0; i < files.size(); i++) {
      Fields data = fields.in(files.get(i), "data-files[" + i + "].");
      dataFiles.add(new FileFingerprint(data.path("file"), data.text("sha256")));
    }
    Shard shard = shard(file, fields.text("shard"));
    int jobs = fields.integer("jobs", 1, Integer.MAX_VALUE);
    SweepRequest request = request(new Fields(file, fields.object("request"), "request."));
    Map<Integer, Usage> usages = new LinkedHashMap<>();
    JsonNode results = fields.array("results");
    for (int i = 0; i < results.size(); i++) {
      Fields result = new Fields(file, results.get(i), "results[" + i + "].");
      int job = result.integer("job", 0, jobs - 1);
      if (!shard.has(job) || usages.containsKey(job)) {
        throw new UserError(
            file + " results[" + i + "].job",
            "each job of shard " + shard + "'s slice once",
            usages.containsKey(job) ? "job " + job + " twice" : "job " + job + " of another shard",
            "the part was changed after billsim wrote it: run its shard again");
      }
      JsonNode usage = result.object("usage");
      try {
        usages.put(job, UsageJson.fromTree(usage));
      } catch (IllegalArgumentException e) {
        throw new UserError(
            file + " results[" + i + "].usage",
            "a usage written by billsim",
            e.getMessage(),
            "the part was changed after billsim wrote it: run its shard again");
      }
    }
    return new Part(file, new Origin(version, build, dataFiles), request, shard, jobs, usages);
  }

  private static Shard shard(Path file, String text) {
    try {
      return Shard.parse(text);
    } catch (UserError e) {
      throw new UserError(
          file + " shard", "K/N", "'" + text + "'", "the part was changed after billsim wrote it");
    }
  }

  private static SweepRequest request(Fields fields) {
    List<CatalogReader.Overlay> catalogs = new ArrayList<>();
    JsonNode overlays = fields.array("catalogs");
    for (int i = 0; i < overlays.size(); i++) {
      Fields overlay = fields.in(overlays.get(i), "catalogs[" + i + "].");
      catalogs.add(new CatalogReader.Overlay(overlay.text("file"), overlay.text("text")));
    }
    JsonNode seed = fields.node("seed", JsonNodeType.NUMBER, JsonNodeType.NULL);
    if (seed.isNumber() && (!seed.isIntegralNumber() || !seed.canConvertToLong())) {
      fields.wrong("seed", "a whole number", seed.asText());
    }
    return new SweepRequest(
        fields.text("scenario-file"),
        fields.text("scenario-text"),
        fields.path("directory"),
        catalogs,
        fields.texts("set"),
        fields.texts("vary"),
        seed.isNull() ? null : seed.longValue(),
        fields.text("latency"),
        fields.text("within"),
        fields.integer("replications", 1, ReplicationOptions.MAX_REPLICATIONS));
  }

  /** Reads the fields of one object of a part, refusing a missing one or one of the wrong type. */
  private record Fields(Path file, JsonNode node, String prefix) {
    Fields in(JsonNode child, String childPrefix) {
      return new Fields(file, child, prefix + childPrefix);
    }

    JsonNode node(String name, JsonNodeType... types) {
      JsonNode value = node == null || !node.isObject() ? null : node.get(name);
      if (value != null) {
        for (JsonNodeType type : types) {
          if (value.getNodeType() == type) {
            return value;
          }
        }
      }
      wrong(name, typeOf(types[0]), value == null ? "none" : typeOf(value));
      return null; // not reached
    }

    static String typeOf(JsonNode value) {
      return typeOf(value.getNodeType());
    }

    static String typeOf(JsonNodeType type) {
      return type.name().toLowerCase(Locale.ROOT);
    }

    void wrong(String name, String expected, String got) {
      throw new UserError(
          file + " " + prefix + name,
          "a field " + name + ": " + expected,
          got,
          "the part was changed after billsim wrote it, or another billsim wrote it");
    }

    String text(String name) {
      return node(name, JsonNodeType.STRING).asText();
    }

    /** Reads an absolute path, as billsim wrote it. */
    String path(String name) {
      String text = text(name);
      try {
        if (Path.of(text).isAbsolute()) {
          return text;
        }
      } catch (InvalidPathException e) {
        // refused below
      }
      wrong(name, "an absolute path", "'" + Excerpt.of(text) + "'");
      return null; // not reached
    }

    List<String> texts(String name) {
      List<String> texts = new ArrayList<>();
      JsonNode array = array(name);
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (!item.isTextual()) {
          wrong(name + "[" + i + "]", "a string", typeOf(item));
        }
        texts.add(item.asText());
      }
      return texts;
    }

    int integer(String name, int min, int max) {
      JsonNode value = node(name, JsonNodeType.NUMBER);
      if (!value.canConvertToInt()
          || !value.isIntegralNumber()
          || value.intValue() < min
          || value.intValue() > max) {
        wrong(name, "a whole number from " + min + " to " + max, value.asText());
      }
      return value.intValue();
    }

    JsonNode object(String name) {
      return node(name, JsonNodeType.OBJECT);
    }

    JsonNode array(String name) {
      return node(name, JsonNodeType.ARRAY);
    }
  }

  private static ObjectMapper mapper() {
    JsonMapper mapper = JsonMapper.builder().build();
    // A part's scenario and catalog texts are large strings; the defaults cap them at 20 MB.
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    return mapper;
  }
}
