package dev.billsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the text and Markdown reports' wording: the source lines under each bill (one line per
 * source, each date once, no date for the scenario's own prices; Lambda Managed Instances bills
 * three prices from one page, requests effective 2025-10-01, the instance and the fee 2025-12-01)
 * and the month scale in the heading.
 */
class TextReportsTest {
  private static final String SCENARIO =
      """
      name: sources
      horizon: 1h
      traffic: {arrivals: constant, rate: 1/s}
      requests: [{name: r, steps: [{cpu: 20ms}]}]
      platforms:
        - {name: catalog, model: lambda-managed, instance: m7g.xlarge}
        - name: override
          model: lambda-managed
          instance: m7g.xlarge
          prices: {usd-per-hour: 0.0457, managed-instances-fee: 0.15}
      """;

  private static List<String> lines(ReportFormat format, String prefix) throws IOException {
    return lines(format, prefix, SCENARIO);
  }

  private static List<String> lines(ReportFormat format, String prefix, String scenario)
      throws IOException {
    RunResult result = TestScenarios.run(TestScenarios.parse(scenario));
    StringWriter out = new StringWriter();
    format.reporter().write(result, out);
    return out.toString().lines().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void table_pricesSharingASourceAndDate_listEachDateOnce() throws IOException {
    assertThat(lines(ReportFormat.TABLE, "  source: "))
        .containsExactly(
            "  source: https://aws.amazon.com/lambda/pricing/ (2025-10-01, 2025-12-01)",
            "  source: https://aws.amazon.com/lambda/pricing/ (2025-10-01)",
            "  source: scenario file (prices:)");
  }

  @Test
  void markdown_pricesSharingASourceAndDate_listEachDateOnce() throws IOException {
    assertThat(lines(ReportFormat.MARKDOWN, "- Source: "))
        .containsExactly(
            "- Source: <https://aws.amazon.com/lambda/pricing/> (2025-10-01, 2025-12-01)",
            "- Source: <https://aws.amazon.com/lambda/pricing/> (2025-10-01)",
            "- Source: scenario file (prices:)");
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({
    "1d, 30d, x30)",
    "1d, 730h, x30.4167)",
    "1s, 730h, 'x2,628,000)'",
  })
  void heading_monthScale_printsWholeScalesWhole(String horizon, String month, String scale)
      throws IOException {
    String scenario =
        """
        name: scaled
        horizon: %s
        billing-month: %s
        traffic: {arrivals: constant, rate: 1/s}
        requests: [{name: r, steps: [{cpu: 1ms}]}]
        platforms:
          - {name: w, model: workers}
        """
            .formatted(horizon, month);
    assertThat(lines(ReportFormat.TABLE, "seed ", scenario))
        .singleElement()
        .asString()
        .endsWith("(usage scaled " + scale);
  }
}
