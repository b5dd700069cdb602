package dev.billsim.run;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.billsim.meter.LatencyCdf;
import dev.billsim.meter.TimeSeries;
import dev.billsim.meter.Usage;
import java.io.IOException;

/**
 * Writes a sweep job's {@link Usage} as JSON and reads it back exactly: every count, every exact
 * sum and every double (written in the shortest form that reads back to the same bits). This is how
 * a job's result travels from a shard or a cluster task to the process that assembles the sweep.
 *
 * <p>Only a sweep's usage travels: without its time series and latency distribution ({@link
 * Usage#withoutProfiles()}), which sweeps neither keep nor report; a usage with either is refused
 * rather than silently cut.
 */
public final class UsageJson {
  private static final ObjectMapper MAPPER = mapper();

  private UsageJson() {}

  /** Returns the usage as a JSON tree. */
  public static JsonNode toTree(Usage usage) {
    if (usage.latencyCdf() != LatencyCdf.EMPTY || usage.timeSeries() != TimeSeries.EMPTY) {
      throw new IllegalArgumentException("only a sweep's usage, without profiles, is written");
    }
    return MAPPER.valueToTree(usage);
  }

  /**
   * Reads a usage written by {@link #toTree}.
   *
   * @throws IllegalArgumentException if the tree is not such a usage: a field missing, of the wrong
   *     type, or counts that do not add up; the message names what is wrong
   */
  public static Usage fromTree(JsonNode tree) {
    try {
      return MAPPER.treeToValue(tree, Usage.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a usage written by billsim: " + reason(e), e);
    }
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static ObjectMapper mapper() {
    SimpleModule profiles = new SimpleModule("billsim-profiles");
    profiles.addSerializer(LatencyCdf.class, new EmptyWriter<>());
    profiles.addSerializer(TimeSeries.class, new EmptyWriter<>());
    profiles.addDeserializer(LatencyCdf.class, new EmptyReader<>(LatencyCdf.EMPTY));
    profiles.addDeserializer(TimeSeries.class, new EmptyReader<>(TimeSeries.EMPTY));
    return JsonMapper.builder()
        // Record components only, by their fields: no derived figure (billedGbSeconds()...) is
        // written, and none could be read back into a constructor that does not take it.
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .addModule(profiles)
        .build();
  }

  /** Writes an empty profile as {@code {}}. */
  private static final class EmptyWriter<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      out.writeEndObject();
    }
  }

  /** Reads {@code {}} as the empty profile. */
  private static final class EmptyReader<T> extends JsonDeserializer<T> {
    private final T empty;

    EmptyReader(T empty) {
      this.empty = empty;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
      JsonNode node = in.readValueAsTree();
      if (node == null || !node.isObject() || !node.isEmpty()) {
        throw new IllegalArgumentException("a profile other than {}: a sweep keeps none");
      }
      return empty;
    }
  }
}
