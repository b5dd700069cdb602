package dev.billsim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.billsim.billing.AllowanceTotal;
import dev.billsim.billing.Bill;
import dev.billsim.billing.LineItem;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import dev.billsim.scenario.Scenario;
import dev.billsim.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes a run result as JSON: scenario, seed, horizon and month in seconds, then per platform its
 * metrics over the horizon and its bill for the month. Money is in US dollars rounded to the
 * micro-dollar; quantities to 6 decimals; unit prices exactly.
 */
final class JsonReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int QUANTITY_DECIMALS = 6;

  @Override
  public void write(ReplicatedResult replicated, Writer out) throws IOException {
    RunResult result = replicated.first();
    Scenario scenario = result.scenario();
    try (JsonGenerator json = open(out)) {
      json.writeStartObject();
      json.writeStringField("scenario", scenario.name());
      json.writeStringField("description", scenario.description());
      json.writeNumberField("seed", scenario.seed());
      writeDouble(json, "horizon_s", SimTime.seconds(scenario.workload().horizonNanos()));
      writeDouble(json, "month_s", SimTime.seconds(scenario.billingMonthNanos()));
      json.writeArrayFieldStart("platforms");
      for (PlatformResult platform : result.platforms()) {
        writePlatform(json, platform, Reconciliation.of(result, platform));
      }
      json.writeEndArray();
      if (replicated.count() > 1) {
        writeReplications(json, replicated);
      }
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * Writes {@code replications}: the seeds, each platform's quantities (as named in the CSV) as
   * {@code {"mean": m, "ci95": [low, high]}}, and the paired comparisons with the cheapest.
   */
  private static void writeReplications(JsonGenerator json, ReplicatedResult replicated)
      throws IOException {
    ReplicationSummary summary = new ReplicationSummary(replicated);
    json.writeObjectFieldStart("replications");
    json.writeNumberField("count", summary.count());
    json.writeFieldName("confidence");
    json.writeRawValue(Numbers.plain(Interval.LEVEL));
    json.writeArrayFieldStart("seeds");
    for (RunResult run : replicated.runs()) {
      json.writeNumber(run.scenario().seed());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("platforms");
    for (int p = 0; p < summary.platforms().size(); p++) {
      json.writeStartObject();
      json.writeStringField("name", summary.platforms().get(p));
      json.writeObjectFieldStart("quantities");
      for (Map.Entry<String, Interval> q : summary.intervals(p).entrySet()) {
        json.writeFieldName(q.getKey());
        writeInterval(json, q.getValue(), Quantities.isMoney(q.getKey()));
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("comparisons");
    for (ReplicationSummary.Comparison c : summary.comparisons()) {
      json.writeStartObject();
      json.writeStringField("platform", c.platform());
      json.writeStringField("cheapest", c.cheapest());
      json.writeFieldName("difference_usd");
      writeInterval(json, c.differenceUsd(), true);
      json.writeBooleanField("significant", c.significant());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void writeInterval(JsonGenerator json, Interval interval, boolean money)
      throws IOException {
    json.writeStartObject();
    json.writeFieldName("mean");
    json.writeRawValue(statistic(interval.mean(), money));
    json.writeArrayFieldStart("ci95");
    json.writeRawValue(statistic(interval.low(), money));
    json.writeRawValue(statistic(interval.high(), money));
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Money to the micro-dollar; other statistics to 9 significant digits. */
  static String statistic(BigDecimal value, boolean money) {
    return money
        ? Numbers.microUsd(value)
        : Numbers.plain(value.round(new MathContext(9, RoundingMode.HALF_EVEN)));
  }

  /**
   * Opens a generator that indents by two spaces with LF line ends on every machine, and leaves the
   * writer open when closed.
   */
  static JsonGenerator open(Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    return json;
  }

  private static void writePlatform(
      JsonGenerator json, PlatformResult platform, List<Reconciliation.Line> recorded)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", platform.platform().name());
    json.writeStringField("model", platform.model());
    writeMetrics(json, platform.usage());
    writeBill(json, platform.bill());
    if (!recorded.isEmpty()) {
      // Only for a scenario that records what the provider billed (billsim import writes it).
      json.writeArrayFieldStart("recorded");
      for (Reconciliation.Line line : recorded) {
        json.writeStartObject();
        json.writeStringField("figure", line.figure().key());
        json.writeStringField("unit", line.figure().unit());
        json.writeFieldName("recorded");
        json.writeRawValue(line.recorded().toPlainString());
        json.writeFieldName("billsim");
        json.writeRawValue(line.billsim().stripTrailingZeros().toPlainString());
        json.writeBooleanField("equal", line.equal());
        json.writeStringField("source", line.source());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** Writes the {@code metrics} object of one platform. */
  static void writeMetrics(JsonGenerator json, Usage usage) throws IOException {
    json.writeObjectFieldStart("metrics");
    for (Metric metric : Metric.shown(usage)) {
      if (metric.isCount()) {
        json.writeNumberField(metric.key(), (long) metric.of(usage));
      } else {
        writeDouble(json, metric.key(), metric.of(usage));
      }
    }
    json.writeObjectFieldStart("concurrency");
    writeDouble(json, "mean", usage.meanConcurrency());
    json.writeNumberField("max", usage.maxConcurrency());
    json.writeEndObject();
    json.writeObjectFieldStart("latency_ms");
    double[] latency = Metric.latencyMillis(usage);
    for (int i = 0; i < latency.length; i++) {
      writeDouble(json, Metric.LATENCY_NAMES.get(i), latency[i]);
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Writes the {@code bill} object of one platform. */
  static void writeBill(JsonGenerator json, Bill bill) throws IOException {
    json.writeObjectFieldStart("bill");
    json.writeFieldName("scale_to_month");
    json.writeRawValue(Numbers.plain(bill.scaleToMonth().setScale(4, RoundingMode.HALF_EVEN)));
    json.writeFieldName("total_usd");
    json.writeRawValue(Numbers.microUsd(bill.totalUsd()));
    json.writeFieldName("allowances_usd");
    json.writeRawValue(Numbers.microUsd(bill.allowancesUsd()));
    writeAllowances(json, bill);
    json.writeArrayFieldStart("items");
    for (LineItem item : bill.items()) {
      json.writeStartObject();
      json.writeStringField("name", item.name());
      json.writeStringField("detail", item.detail());
      json.writeFieldName("quantity");
      json.writeRawValue(
          Numbers.plain(item.quantity().setScale(QUANTITY_DECIMALS, RoundingMode.HALF_EVEN)));
      json.writeStringField("unit", item.unit());
      json.writeFieldName("unit_usd");
      json.writeRawValue(Numbers.plain(item.unitUsd()));
      json.writeFieldName("usd");
      json.writeRawValue(Numbers.microUsd(item.usd()));
      json.writeStringField("source", item.price().source());
      json.writeStringField("effective", item.price().effective());
      if (item.isAllowance()) {
        json.writeStringField("allowance", item.allowance().key());
      } else {
        json.writeNullField("allowance");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("notes");
    for (String note : bill.notes()) {
      json.writeString(note);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Writes {@code allowances}: each kind of allowance that lowered the bill, what it took off, its
   * items, and what to write on the platform to price it without it.
   */
  private static void writeAllowances(JsonGenerator json, Bill bill) throws IOException {
    json.writeArrayFieldStart("allowances");
    for (AllowanceTotal total : bill.allowances()) {
      json.writeStartObject();
      json.writeStringField("kind", total.kind().key());
      json.writeFieldName("usd");
      json.writeRawValue(Numbers.microUsd(total.usd()));
      json.writeBooleanField("part_of_plan", total.kind().partOfPlan());
      json.writeArrayFieldStart("items");
      for (String item : total.items()) {
        json.writeString(item);
      }
      json.writeEndArray();
      json.writeStringField("off", total.off());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes a double in plain decimal notation (3110400.0, not 3.1104E6), as the CSV does. */
  static void writeDouble(JsonGenerator json, String field, double value) throws IOException {
    json.writeFieldName(field);
    json.writeRawValue(Numbers.plain(value));
  }
}
