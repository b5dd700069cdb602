package dev.billsim.report;

import dev.billsim.billing.Bill;
import dev.billsim.billing.LineItem;
import dev.billsim.billing.MonthScale;
import dev.billsim.billing.Price;
import dev.billsim.chart.ChartImage;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import dev.billsim.scenario.Scenario;
import dev.billsim.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds the tables that the text and Markdown reports share. */
final class Summary {
  private Summary() {}

  /** Returns the run's one-line heading details: seed, horizon, requests and the month scale. */
  static String context(RunResult result) {
    Scenario scenario = result.scenario();
    long requests = result.platforms().get(0).usage().requests();
    return String.format(
        Locale.ROOT,
        "seed %d, horizon %s (%s requests); bills are for a %s month%s",
        scenario.seed(),
        SimTime.format(scenario.workload().horizonNanos()),
        Numbers.decimal(requests, 0),
        scenario.billingMonthNanos() == SimTime.NANOS_PER_MONTH
            ? "730 h"
            : SimTime.format(scenario.billingMonthNanos()),
        new MonthScale(scenario.workload().horizonNanos(), scenario.billingMonthNanos())
                .isOneMonth()
            ? ""
            : " (usage scaled x" + scale(result.platforms().get(0).bill()) + ")");
  }

  /**
   * Returns one row per platform: monthly cost and the key metrics, with the GB sent out when the
   * scenario gives sizes.
   */
  static TextTable platforms(RunResult result) {
    boolean transfer = result.platforms().stream().anyMatch(p -> p.usage().transfer().measured());
    List<String> columns =
        new ArrayList<>(
            List.of(
                "platform",
                "model",
                "USD/month>",
                "requests>",
                "errors>",
                "throttled>",
                "CPU s>",
                "wall s>",
                "cold starts>",
                "p50 ms>",
                "p99 ms>",
                "mean conc.>",
                "max conc.>"));
    if (transfer) {
      columns.add("GB out>");
    }
    TextTable table = new TextTable(columns.toArray(String[]::new));
    for (PlatformResult platform : result.platforms()) {
      Usage u = platform.usage();
      List<String> cells =
          new ArrayList<>(
              List.of(
                  platform.platform().name(),
                  platform.model(),
                  Numbers.cents(platform.bill().totalUsd()),
                  Numbers.decimal(u.requests(), 0),
                  Numbers.decimal(u.errors(), 0),
                  Numbers.decimal(u.throttled(), 0),
                  Numbers.decimal(Metric.CPU_S.of(u), 1),
                  Numbers.decimal(Metric.WALL_S.of(u), 1),
                  Numbers.decimal(u.coldStarts(), 0),
                  Numbers.decimal(u.latency().p50Nanos() / 1e6, 2),
                  Numbers.decimal(u.latency().p99Nanos() / 1e6, 2),
                  Numbers.small(u.meanConcurrency()),
                  Numbers.decimal(u.maxConcurrency(), 0)));
      if (transfer) {
        cells.add(Numbers.small(Metric.GB_OUT.of(u)));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  /** Returns a bill's line items. */
  static TextTable items(Bill bill) {
    TextTable table = new TextTable("item", "quantity>", "unit", "unit USD>", "USD>");
    for (LineItem item : bill.items()) {
      table.row(
          item.label(),
          Numbers.quantity(item.quantity(), 3),
          item.unit(),
          Numbers.unitPrice(item.unitUsd()),
          Numbers.quantity(item.usd(), 4));
    }
    table.row("total", "", "", "", Numbers.quantity(bill.totalUsd(), 4));
    return table;
  }

  /**
   * Returns the distinct sources of a bill's prices, each with its distinct effective dates, oldest
   * first ("2025-10-01, 2025-12-01"); a source of scenario overrides has no date.
   */
  static Map<String, String> sources(Bill bill) {
    Map<String, Set<String>> dates = new LinkedHashMap<>();
    for (LineItem item : bill.items()) {
      Price price = item.price();
      Set<String> effective = dates.computeIfAbsent(price.source(), s -> new TreeSet<>());
      if (!price.effective().equals(Price.SCENARIO)) {
        effective.add(price.effective());
      }
    }
    Map<String, String> sources = new LinkedHashMap<>();
    dates.forEach((source, effective) -> sources.put(source, String.join(", ", effective)));
    return sources;
  }

  /** Says how many replications the intervals stand on. */
  static String replicationHeading(ReplicationSummary summary) {
    return String.format(
        Locale.ROOT,
        "%d independent replications: mean and %d%% confidence interval (Student t)",
        summary.count(),
        Math.round(Interval.LEVEL * 100));
  }

  /** Says that what follows is the first replication's detail. */
  static String firstReplicationHeading(RunResult first) {
    return "Replication 1 (seed " + first.scenario().seed() + ") in detail:";
  }

  /** Returns one row per platform: the mean and interval of the cost and the key metrics. */
  static TextTable replications(ReplicationSummary summary) {
    TextTable table =
        new TextTable(
            "platform",
            "USD/month>",
            "95% CI>",
            "cold starts>",
            "p50 ms>",
            "p99 ms>",
            "mean conc.>");
    for (int p = 0; p < summary.platforms().size(); p++) {
      Map<String, Interval> q = summary.intervals(p);
      Interval total = summary.total(p);
      table.row(
          summary.platforms().get(p),
          Numbers.cents(total.mean()),
          "[" + Numbers.cents(total.low()) + ", " + Numbers.cents(total.high()) + "]",
          plusMinus(q.get(Metric.COLD_STARTS.key()), 1),
          plusMinus(q.get("latency_ms_p50"), 2),
          plusMinus(q.get("latency_ms_p99"), 2),
          plusMinus(q.get("concurrency_mean"), 2));
    }
    return table;
  }

  /** Returns every quantity of one platform: its mean and 95% interval, money to the cent. */
  static TextTable quantities(ReplicationSummary summary, int platform) {
    TextTable table = new TextTable("quantity", "mean>", "95% CI>");
    for (Map.Entry<String, Interval> q : summary.intervals(platform).entrySet()) {
      Interval i = q.getValue();
      boolean money = Quantities.isMoney(q.getKey());
      table.row(
          q.getKey(),
          money ? Numbers.quantity(i.mean(), 4) : statistic(i.mean()),
          "["
              + (money ? Numbers.quantity(i.low(), 4) : statistic(i.low()))
              + ", "
              + (money ? Numbers.quantity(i.high(), 4) : statistic(i.high()))
              + "]");
    }
    return table;
  }

  private static String statistic(java.math.BigDecimal value) {
    return Numbers.plain(value.round(new java.math.MathContext(6)));
  }

  /** Returns one sentence per platform on its cost against the cheapest, paired. */
  static List<String> comparisons(ReplicationSummary summary) {
    List<String> lines = new ArrayList<>();
    for (ReplicationSummary.Comparison c : summary.comparisons()) {
      Interval d = c.differenceUsd();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s costs USD %s more a month than %s, 95%% CI [%s, %s]%s",
              c.platform(),
              Numbers.cents(d.mean()),
              c.cheapest(),
              Numbers.cents(d.low()),
              Numbers.cents(d.high()),
              c.significant() ? "" : ": not significant (the interval holds zero)"));
    }
    return lines;
  }

  private static String plusMinus(Interval interval, int decimals) {
    return Numbers.decimal(interval.mean().doubleValue(), decimals)
        + " ± "
        + Numbers.decimal(interval.halfWidth().doubleValue(), decimals);
  }

  /** Returns a source for a report line: the source, then its dates in brackets if it has any. */
  static String source(Map.Entry<String, String> source, boolean markdownLink) {
    String where =
        markdownLink && source.getKey().startsWith("http")
            ? "<" + source.getKey() + ">"
            : source.getKey();
    return source.getValue().isEmpty() ? where : where + " (" + source.getValue() + ")";
  }

  /** Appends a Markdown image per chart, linking its PNG under {@code charts/}. */
  static void markdownImages(StringBuilder md, List<ChartImage> charts) {
    for (ChartImage chart : charts) {
      md.append("![")
          .append(Markdown.escape(chart.title()))
          .append("](charts/")
          .append(chart.name())
          .append(".png)\n\n");
    }
  }

  private static String scale(Bill bill) {
    // Whole scales print whole (x30, not x30.0), with thousands separators like the bill's note.
    return Numbers.quantity(bill.scaleToMonth(), 4);
  }
}
