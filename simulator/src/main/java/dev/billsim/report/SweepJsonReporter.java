package dev.billsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.billsim.engine.SimTime;
import dev.billsim.scenario.Scenario;
import dev.billsim.stats.Interval;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.BestSetting;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import dev.billsim.sweep.Tuning;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a sweep as JSON: the axes with their values (as text and as numbers in a common unit), the
 * fixed values, then one row per point and platform whose {@code metrics} and {@code bill} are
 * exactly those of a run's JSON at that point.
 */
final class SweepJsonReporter implements SweepReporter {
  @Override
  public void write(SweepResult result, Writer out) throws IOException {
    Scenario first = result.rows().get(0).scenario();
    try (JsonGenerator json = JsonReporter.open(out)) {
      json.writeStartObject();
      json.writeStringField("scenario", first.name());
      json.writeStringField("description", first.description());
      json.writeStringField("file", first.file());
      json.writeArrayFieldStart("vary");
      for (Axis axis : result.axes()) {
        writeAxis(json, axis);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("set");
      for (Map.Entry<String, String> fixed : result.sweep().fixed().entrySet()) {
        json.writeStringField(fixed.getKey(), fixed.getValue());
      }
      json.writeEndObject();
      json.writeNumberField("points", result.sweep().points().size());
      Tuning tuning = Tuning.of(result);
      if (tuning.any()) {
        writeTuning(json, result, tuning);
      }
      json.writeArrayFieldStart("rows");
      for (SweepRow row : result.rows()) {
        writeRow(json, result, row);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** Writes the best value of each platform's own setting: docs/sweeps.md, "best_settings". */
  private static void writeTuning(JsonGenerator json, SweepResult result, Tuning tuning)
      throws IOException {
    json.writeObjectFieldStart("best_settings");
    json.writeStringField("latency", tuning.rule().latency().key());
    json.writeFieldName("within");
    json.writeRawValue(Numbers.plain(tuning.rule().slowerShare()));
    json.writeStringField("balanced", tuning.rule().balancedRule());
    json.writeArrayFieldStart("platforms");
    for (BestSetting best : tuning.best()) {
      json.writeStartObject();
      json.writeStringField("platform", best.platform());
      json.writeArrayFieldStart("settings");
      for (int a : best.settingAxes()) {
        json.writeString(result.axes().get(a).name());
      }
      json.writeEndArray();
      writeChoice(json, result, tuning, "cheapest", best.cheapest());
      writeChoice(json, result, tuning, "fastest", best.fastest());
      writeChoice(json, result, tuning, "balanced", best.balanced());
      json.writeArrayFieldStart("left_out");
      for (SweepRow row : best.failing()) {
        json.writeNumber(row.point().index());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes one choice: its point, the values there, the mean bill and the latency figure. */
  private static void writeChoice(
      JsonGenerator json, SweepResult result, Tuning tuning, String name, SweepRow row)
      throws IOException {
    if (row == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeNumberField("point", row.point().index());
    writeValues(json, result, row);
    json.writeFieldName("total_usd");
    json.writeRawValue(Numbers.microUsd(row.meanTotalUsd()));
    JsonReporter.writeDouble(
        json, "latency_ms", Tuning.latencyNanos(row, tuning.rule().latency()) / 1e6);
    json.writeEndObject();
  }

  private static void writeValues(JsonGenerator json, SweepResult result, SweepRow row)
      throws IOException {
    json.writeObjectFieldStart("values");
    for (int a = 0; a < result.axes().size(); a++) {
      json.writeStringField(result.axes().get(a).name(), row.point().values().get(a));
    }
    json.writeEndObject();
  }

  private static void writeAxis(JsonGenerator json, Axis axis) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", axis.name());
    json.writeStringField("kind", axis.kind().key());
    json.writeArrayFieldStart("values");
    for (String value : axis.values()) {
      json.writeString(value);
    }
    json.writeEndArray();
    if (axis.kind().isQuantity()) {
      json.writeStringField("unit", axis.kind().commonUnit());
      json.writeArrayFieldStart("numbers");
      for (int i = 0; i < axis.values().size(); i++) {
        BigDecimal number = axis.number(i);
        json.writeRawValue(Numbers.plain(number));
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void writeRow(JsonGenerator json, SweepResult result, SweepRow row)
      throws IOException {
    Scenario scenario = row.scenario();
    json.writeStartObject();
    json.writeNumberField("point", row.point().index());
    writeValues(json, result, row);
    json.writeStringField("platform", row.platform());
    json.writeStringField("model", row.result().model());
    json.writeNumberField("seed", scenario.seed());
    JsonReporter.writeDouble(
        json, "horizon_s", SimTime.seconds(scenario.workload().horizonNanos()));
    JsonReporter.writeDouble(json, "month_s", SimTime.seconds(scenario.billingMonthNanos()));
    json.writeFieldName("total_usd");
    json.writeRawValue(Numbers.microUsd(row.totalUsd()));
    json.writeFieldName("allowances_usd");
    json.writeRawValue(Numbers.microUsd(row.result().bill().allowancesUsd()));
    JsonReporter.writeMetrics(json, row.usage());
    JsonReporter.writeBill(json, row.result().bill());
    if (row.replications().size() > 1) {
      // The fields above are the first replication's, as in a run's JSON; the intervals follow.
      json.writeObjectFieldStart("replications");
      json.writeNumberField("count", row.replications().size());
      json.writeObjectFieldStart("quantities");
      for (Map.Entry<String, Interval> q :
          ReplicationSummary.intervals(row.replications()).entrySet()) {
        json.writeFieldName(q.getKey());
        JsonReporter.writeInterval(json, q.getValue(), Quantities.isMoney(q.getKey()));
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
