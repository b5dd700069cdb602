package dev.billsim.run;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.billsim.meter.LatencyCdf;
import dev.billsim.meter.TimeSeries;
import dev.billsim.meter.Usage;
import java.io.IOException;

/**
 * Writes a job's {@link Usage} as JSON and reads it back exactly: every count, every exact sum,
 * every double (written in the shortest form that reads back to the same bits), and the time series
 * and latency distribution when the job kept them (the first replication of a run that draws
 * charts). This is how a job's result travels from a shard or a cluster task to the process that
 * assembles the sweep or the run.
 */
public final class UsageJson {
  private static final ObjectMapper MAPPER = mapper();

  private UsageJson() {}

  /** Returns the usage as a JSON tree. */
  public static JsonNode toTree(Usage usage) {
    return MAPPER.valueToTree(usage);
  }

  /**
   * Reads a usage written by {@link #toTree}.
   *
   * @throws IllegalArgumentException if the tree is not such a usage: a field missing, of the wrong
   *     type, or counts that do not add up; the message names what is wrong
   */
  public static Usage fromTree(JsonNode tree) {
    checkNumbers(tree, "");
    Usage usage;
    try {
      usage = MAPPER.treeToValue(tree, Usage.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(reason(e), e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("a usage that cannot be read", e);
    }
    // Jackson reads "NaN" and "Infinity" written as text into a double: no billsim figure is one.
    finite("meanConcurrency", usage.meanConcurrency());
    finite("latency.meanNanos", usage.latency().meanNanos());
    return usage;
  }

  /**
   * Refuses any number no simulation writes: negative (every figure of a usage is a count, a sum or
   * a mean of them), or beyond {@link #MAX_MAGNITUDE} (the largest exact sum, of a year's 10^10
   * requests at 10 GB, is about 2^102): out there, reports summing replications would overflow to
   * infinity.
   */
  private static void checkNumbers(JsonNode node, String path) {
    if (node == null) {
      return;
    }
    if (node.isNumber()) {
      boolean ok =
          node.isIntegralNumber()
              ? node.bigIntegerValue().signum() >= 0
                  && node.bigIntegerValue().bitLength() <= MAX_BITS
              : Double.isFinite(node.doubleValue())
                  && node.doubleValue() >= 0
                  && node.doubleValue() <= MAX_MAGNITUDE;
      if (!ok) {
        throw new IllegalArgumentException(
            (path.isEmpty() ? "a usage" : "field " + path)
                + ": expected a number from 0 to 2^"
                + MAX_BITS
                + ", got "
                + node.asText());
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  checkNumbers(
                      field.getValue(),
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), path + "[" + i + "]");
      }
    }
  }

  private static final int MAX_BITS = 127;
  private static final double MAX_MAGNITUDE = 0x1p127;

  private static void finite(String field, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "field " + field + ": not a finite number from 0: " + value);
    }
  }

  /**
   * Says what is wrong in billsim's words: the field, and billsim's own check that refused the
   * value if one did (counts that do not add up); never the parser's message.
   */
  private static String reason(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    String where = path.length() == 0 ? "a usage" : "field " + path;
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException own && ours(own)) {
      return where + ": " + own.getMessage();
    }
    return where + ": missing, null, out of range or of the wrong type";
  }

  /** Tells whether billsim's own code threw {@code e}, so its message is billsim's words. */
  private static boolean ours(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    return e.getMessage() != null
        && frames.length > 0
        && frames[0].getClassName().startsWith("dev.billsim.");
  }

  private static ObjectMapper mapper() {
    SimpleModule profiles = new SimpleModule("billsim-profiles");
    profiles.addSerializer(LatencyCdf.class, new CdfWriter());
    profiles.addDeserializer(LatencyCdf.class, new CdfReader());
    profiles.addSerializer(TimeSeries.class, new SeriesWriter());
    profiles.addDeserializer(TimeSeries.class, new SeriesReader());
    return JsonMapper.builder()
        // Record components only, by their fields: no derived figure (billedGbSeconds()...) is
        // written, and none could be read back into a constructor that does not take it.
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        // A number written as a string ("NaN", "12") is not billsim's: refuse it rather than read
        // it; so is a fraction where a whole number belongs, rather than cut.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModule(profiles)
        .build();
  }

  /** Writes a latency distribution as {@code {"nanos": [...]}}, one value per share. */
  private static final class CdfWriter extends JsonSerializer<LatencyCdf> {
    @Override
    public void serialize(LatencyCdf cdf, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      long[] nanos = new long[cdf.size()];
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] = cdf.nanos(i);
      }
      out.writeStartObject();
      out.writeFieldName("nanos");
      out.writeArray(nanos, 0, nanos.length);
      out.writeEndObject();
    }
  }

  private static final class CdfReader extends JsonDeserializer<LatencyCdf> {
    @Override
    public LatencyCdf deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      JsonNode node = in.readValueAsTree();
      return LatencyCdf.ofNanos(longs(node, "nanos"));
    }
  }

  /** Writes a time series as its bucket length, horizon and one array per measure. */
  private static final class SeriesWriter extends JsonSerializer<TimeSeries> {
    @Override
    public void serialize(TimeSeries series, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      int n = series.buckets();
      double[] inFlight = new double[n];
      double[] instances = new double[n];
      long[] requests = new long[n];
      double[] cpu = new double[n];
      double[] billed = new double[n];
      for (int i = 0; i < n; i++) {
        inFlight[i] = series.meanInFlight(i);
        instances[i] = series.instanceNanos(i);
        requests[i] = series.requests(i);
        cpu[i] = series.cpuNanos(i);
        billed[i] = series.billedNanos(i);
      }
      out.writeStartObject();
      out.writeNumberField("bucketNanos", series.bucketNanos());
      out.writeNumberField("horizonNanos", series.horizonNanos());
      writeArray(out, "meanInFlight", inFlight);
      writeArray(out, "instanceNanos", instances);
      out.writeFieldName("requests");
      out.writeArray(requests, 0, n);
      writeArray(out, "cpuNanos", cpu);
      writeArray(out, "billedNanos", billed);
      out.writeEndObject();
    }

    private static void writeArray(JsonGenerator out, String name, double[] values)
        throws IOException {
      out.writeFieldName(name);
      out.writeArray(values, 0, values.length);
    }
  }

  private static final class SeriesReader extends JsonDeserializer<TimeSeries> {
    @Override
    public TimeSeries deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      JsonNode node = in.readValueAsTree();
      return TimeSeries.of(
          whole(node, "bucketNanos"),
          whole(node, "horizonNanos"),
          doubles(node, "meanInFlight"),
          doubles(node, "instanceNanos"),
          longs(node, "requests"),
          doubles(node, "cpuNanos"),
          doubles(node, "billedNanos"));
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return value;
  }

  private static long whole(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(name + " is not a whole number");
    }
    return value.longValue();
  }

  private static long[] longs(JsonNode node, String name) {
    JsonNode array = field(node, name);
    if (!array.isArray()) {
      throw new IllegalArgumentException(name + " is not an array");
    }
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw new IllegalArgumentException(name + "[" + i + "] is not a whole number");
      }
      values[i] = value.longValue();
    }
    return values;
  }

  private static double[] doubles(JsonNode node, String name) {
    JsonNode array = field(node, name);
    if (!array.isArray()) {
      throw new IllegalArgumentException(name + " is not an array");
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isNumber()) {
        throw new IllegalArgumentException(name + "[" + i + "] is not a number");
      }
      values[i] = value.doubleValue();
    }
    return values;
  }
}
