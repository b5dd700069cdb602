package dev.billsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.TestScenarios;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that every format says when an allowance lowered a bill, by how much, and what turns it
 * off: a Lambda function of a few hundred thousand requests a month costs USD 0.00 only because of
 * the free tier, which an account's other functions may have used; {@code free-tier: false} prices
 * it without, and then no format mentions an allowance. Vercel's usage credit has its own switch,
 * and usage a plan includes is reported as part of the plan.
 */
class AllowancesReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An hour at 5/s: 13.14 million requests a month, 0.5 GB for 50 ms each: 328,500 GB-s. */
  private static final String SCENARIO =
      """
      name: defaults
      horizon: 1h
      traffic: {arrivals: constant, rate: 5/s}
      requests: [{name: r, steps: [{io: 50ms}]}]
      platforms:
        - {name: fn, model: lambda, memory: 512MB, cold-start: 0ms%s}
        - {name: box, model: ec2, instance: t4g.small}
      """;

  /**
   * The free tier takes off 1 million requests at $0.20 per million and all 328,500 GB-s at
   * $0.0000166667: 0.2 + 5.47501095 = 5.67501095, or 5.675011 to the micro-dollar.
   */
  private static final String FREE_TIER_USD = "-5.675011";

  private static RunResult run(String lambdaKeys) {
    return TestScenarios.run(TestScenarios.parse(SCENARIO.formatted(lambdaKeys)));
  }

  private static String write(ReportFormat format, RunResult result) throws IOException {
    StringWriter out = new StringWriter();
    format.reporter().write(result, out);
    return out.toString();
  }

  private static List<String> csvColumn(RunResult result, String column) throws IOException {
    List<String> lines = write(ReportFormat.CSV, result).lines().toList();
    int index = Arrays.asList(lines.get(0).split(",")).indexOf(column);
    assertThat(index).as(column).isNotNegative();
    return lines.stream().skip(1).map(line -> line.split(",", -1)[index]).toList();
  }

  @Test
  void table_lambdaFreeTier_showsTheAmountAndTheSwitch() throws IOException {
    String table = write(ReportFormat.TABLE, run(""));

    assertThat(table).contains("\n\n" + Allowances.HEADING + ":\n");
    assertThat(allowanceRows(table))
        .containsExactly(
            "fn            -5.68  free tier, given once per account  free-tier: false");
    // The block sits under the platform table, above the first bill.
    assertThat(table.indexOf(Allowances.HEADING)).isLessThan(table.indexOf("fn (lambda): USD"));
  }

  @Test
  void json_lambdaFreeTier_hasTheAmountTheKindAndTheSwitch() throws IOException {
    JsonNode platforms = JSON.readTree(write(ReportFormat.JSON, run(""))).get("platforms");
    JsonNode fn = platforms.get(0).get("bill");
    JsonNode box = platforms.get(1).get("bill");

    // JSON money is rounded to the micro-dollar.
    assertThat(fn.get("allowances_usd").decimalValue()).isEqualByComparingTo(FREE_TIER_USD);
    assertThat(fn.at("/allowances/0/kind").asText()).isEqualTo("free-tier");
    assertThat(fn.at("/allowances/0/usd")).isEqualTo(fn.get("allowances_usd"));
    assertThat(fn.at("/allowances/0/part_of_plan").asBoolean()).isFalse();
    assertThat(fn.at("/allowances/0/off").asText()).isEqualTo("free-tier: false");
    assertThat(fn.at("/allowances/0/items"))
        .extracting(JsonNode::asText)
        .containsExactly("free tier: requests", "free tier: duration");
    for (JsonNode item : fn.get("items")) {
      boolean credit = item.get("usd").decimalValue().signum() < 0;
      assertThat(item.get("allowance").isNull()).as(item.toString()).isEqualTo(!credit);
    }
    assertThat(box.get("allowances_usd").decimalValue()).isZero();
    assertThat(box.get("allowances")).isEmpty();
  }

  @Test
  void csv_lambdaFreeTier_hasTheAmountBesideTheTotal() throws IOException {
    RunResult result = run("");
    List<String> header =
        write(ReportFormat.CSV, result)
            .lines()
            .findFirst()
            .orElseThrow()
            .transform(line -> List.of(line.split(",")));

    assertThat(header.subList(4, 6)).containsExactly("total_usd", "allowances_usd");
    assertThat(csvColumn(result, "allowances_usd")).containsExactly(FREE_TIER_USD, "0.0");
  }

  @Test
  void markdownAndPages_lambdaFreeTier_showTheAmountAndTheSwitch() throws IOException {
    RunResult result = run("");
    ReplicatedResult replicated = new ReplicatedResult(List.of(result));
    String row = "| fn | -5.68 | free tier, given once per account | free-tier: false |";

    assertThat(write(ReportFormat.MARKDOWN, result)).contains(Allowances.HEADING, row);
    assertThat(RunPages.markdown(replicated, List.of())).contains(Allowances.HEADING, row);
    assertThat(RunPages.html(replicated, List.of()))
        // The page keeps a hyphenated word whole: it wraps only at the space.
        .contains(
            Html.escape(Allowances.HEADING),
            "<td><span class=\"word\">free-tier:</span> false</td>");
  }

  @Test
  void everyFormat_freeTierOff_noAllowanceAndTheBillWithoutIt() throws IOException {
    RunResult off = run(", free-tier: false");
    ReplicatedResult replicated = new ReplicatedResult(List.of(off));

    for (ReportFormat format : List.of(ReportFormat.TABLE, ReportFormat.MARKDOWN)) {
      assertThat(write(format, off)).as(format.key()).doesNotContain("Allowances", "free tier");
    }
    assertThat(RunPages.markdown(replicated, List.of())).doesNotContain("Allowances");
    assertThat(RunPages.html(replicated, List.of())).doesNotContain("Allowances");
    assertThat(csvColumn(off, "allowances_usd")).containsExactly("0.0", "0.0");
    assertThat(csvColumn(off, "total_usd").get(0))
        .isEqualTo(
            new BigDecimal(csvColumn(run(""), "total_usd").get(0))
                .subtract(new BigDecimal(FREE_TIER_USD))
                .toPlainString());
    JsonNode fn = JSON.readTree(write(ReportFormat.JSON, off)).at("/platforms/0/bill");
    assertThat(fn.get("allowances_usd").decimalValue()).isZero();
    assertThat(fn.get("allowances")).isEmpty();
  }

  @Test
  void table_vercelPro_reportsIncludedUsageAsPartOfThePlanAndTheCreditWithItsSwitch()
      throws IOException {
    String scenario =
        """
        name: vercel
        horizon: 1h
        traffic: {arrivals: constant, rate: 5/s}
        requests: [{name: r, steps: [{cpu: 5ms}, {io: 45ms}]}]
        platforms:
          - {name: pro, model: vercel, cold-start: 0ms}
          - {name: pro-shared, model: vercel, cold-start: 0ms, usage-credit: false}
        """;
    String table = write(ReportFormat.TABLE, TestScenarios.run(TestScenarios.parse(scenario)));
    List<String> rows = allowanceRows(table);

    assertThat(rows)
        .hasSize(3)
        .anyMatch(
            r ->
                r.startsWith("pro ")
                    && r.contains("included usage, part of the plan's monthly fee")
                    && r.endsWith(
                        "prices: {included-active-cpu-hours: 0, included-gb-hours: 0,"
                            + " included-invocations: 0}"))
        .anyMatch(
            r ->
                r.startsWith("pro ")
                    && r.contains("usage credit, shared by the team's projects")
                    && r.endsWith("usage-credit: false"))
        .noneMatch(r -> r.startsWith("pro-shared") && r.contains("usage credit"));
  }

  /** Returns the rows of the table's allowances block, stripped, without its header. */
  private static List<String> allowanceRows(String table) {
    List<String> lines = table.lines().toList();
    int heading = lines.indexOf(Allowances.HEADING + ":");
    assertThat(heading).as("the allowances heading in%n%s", table).isNotNegative();
    return lines.subList(heading + 2, lines.size()).stream()
        .takeWhile(l -> !l.isEmpty())
        .map(String::strip)
        .toList();
  }
}
