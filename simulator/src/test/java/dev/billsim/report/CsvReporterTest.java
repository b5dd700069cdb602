package dev.billsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that CSV cells are plain decimals, as in the JSON: a long horizon makes {@code instance_s}
 * pass 10^7 and a microsecond of CPU makes {@code cpu_s} fall below 0.001, the two ranges where
 * Java's shortest form of a double switches to an exponent; one byte out a day makes {@code gb_out}
 * fall below 0.001 too.
 */
class CsvReporterTest {
  private static final String SCENARIO =
      """
      name: extremes
      horizon: 200d
      traffic: {arrivals: constant, rate: 1/d}
      requests:
        - {name: tick, steps: [{cpu: 1us}], response-size: 1B}
      platforms:
        - {name: box, model: ec2, instance: m7g.large}
      """;

  private static String write(ReportFormat format, RunResult result) throws IOException {
    StringWriter out = new StringWriter();
    format.reporter().write(result, out);
    return out.toString();
  }

  @Test
  void write_metricsAbove1e7AndBelow0001_areCellsInPlainDecimalEqualToTheJson() throws IOException {
    RunResult result = TestScenarios.run(TestScenarios.parse(SCENARIO));
    List<String> lines = write(ReportFormat.CSV, result).lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split(","));
    List<String> row = Arrays.asList(lines.get(1).split(","));
    String json = write(ReportFormat.JSON, result);

    String instance = row.get(header.indexOf("instance_s"));
    String cpu = row.get(header.indexOf("cpu_s"));
    assertThat(Double.parseDouble(instance)).isGreaterThanOrEqualTo(1e7);
    assertThat(Double.parseDouble(cpu)).isPositive().isLessThan(0.001);
    assertThat(Metric.shown(result.platforms().get(0).usage())).contains(Metric.GB_OUT);
    for (Metric metric : Metric.shown(result.platforms().get(0).usage())) {
      String cell = row.get(header.indexOf(metric.key()));
      assertThat(cell).as(metric.key()).matches("-?[0-9]+(\\.[0-9]+)?");
      // The JSON writes each metric's raw text: the CSV cell must be the same characters.
      assertThat(json).as(metric.key()).contains("\"" + metric.key() + "\" : " + cell + ",");
    }
  }
}
