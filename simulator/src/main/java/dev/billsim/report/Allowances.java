package dev.billsim.report;

import dev.billsim.billing.Allowance;
import dev.billsim.billing.AllowanceTotal;
import dev.billsim.run.PlatformResult;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says which allowances lowered the bills, by how much, and what to write on a platform to price it
 * without each: free tiers, usage credits and included usage are on by default, and an account that
 * spends them on other functions, services or projects pays more than the bill says. Reads the kind
 * each billing rule gave its credits ({@link Allowance}), never the items' names.
 */
final class Allowances {
  /** The sentence above a run's table. */
  static final String HEADING =
      "Allowances lowered these bills (on by default; an account that uses them elsewhere pays"
          + " more)";

  /** The sentence above a sweep's table. */
  static final String SWEEP_HEADING = HEADING + ", over the points of the sweep";

  /** The last column's name: the setting that prices a platform without the allowance. */
  static final String OFF = "to turn it off, set on the platform";

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private Allowances() {}

  /** Returns who the allowance belongs to, for people; included usage is part of the plan. */
  static String describe(Allowance kind) {
    return switch (kind) {
      case FREE_TIER -> "free tier, given once per account";
      case FREE_TRANSFER -> "free data transfer, given once per account";
      case USAGE_CREDIT -> "usage credit, shared by the team's projects";
      case INCLUDED -> "included usage, part of the plan's monthly fee";
      case NONE -> throw new IllegalArgumentException("a charge is not an allowance");
    };
  }

  /** Returns one row per platform and kind of allowance that lowered its bill; none: no rows. */
  static TextTable table(List<PlatformResult> platforms) {
    TextTable table = new TextTable("platform", "USD/month>", "allowance", OFF);
    for (PlatformResult platform : platforms) {
      for (AllowanceTotal total : platform.bill().allowances()) {
        table.row(
            platform.platform().name(), amount(total.usd()), describe(total.kind()), total.off());
      }
    }
    return table;
  }

  /** Returns whether an allowance lowered any of the bills. */
  static boolean any(List<PlatformResult> platforms) {
    return platforms.stream().anyMatch(p -> !p.bill().allowances().isEmpty());
  }

  /** Returns the heading and the table as plain text after a blank line, or nothing. */
  static String plain(List<PlatformResult> platforms) {
    return any(platforms) ? "\n" + HEADING + ":\n" + table(platforms).plain("  ") : "";
  }

  /** Returns the heading and the table in Markdown after a blank line, or nothing. */
  static String markdown(List<PlatformResult> platforms) {
    return any(platforms)
        ? "\n" + Markdown.escape(HEADING) + ":\n\n" + table(platforms).markdown()
        : "";
  }

  /** Returns the heading and the table in HTML, or nothing. */
  static String html(List<PlatformResult> platforms) {
    return any(platforms)
        ? "<p class=\"note\">" + Html.escape(HEADING) + ":</p>\n" + table(platforms).html()
        : "";
  }

  /**
   * Returns one row per platform and kind of allowance that lowered a bill at some point of the
   * sweep: the range of what it took off (over every replication), at how many points, and what
   * turns it off (the included amounts of every point).
   */
  static TextTable sweepTable(SweepResult result) {
    Map<String, Map<Allowance, Seen>> seen = new LinkedHashMap<>();
    Map<String, Set<Integer>> points = new LinkedHashMap<>();
    for (SweepRow row : result.rows()) {
      points.computeIfAbsent(row.platform(), p -> new LinkedHashSet<>()).add(row.point().index());
      for (PlatformResult replication : row.replications()) {
        for (AllowanceTotal total : replication.bill().allowances()) {
          Seen kind =
              seen.computeIfAbsent(row.platform(), p -> new LinkedHashMap<>())
                  .computeIfAbsent(total.kind(), k -> new Seen());
          kind.add(total, row.point().index());
        }
      }
    }
    TextTable table = new TextTable("platform", "USD/month>", "points>", "allowance", OFF);
    for (Map.Entry<String, Map<Allowance, Seen>> platform : seen.entrySet()) {
      for (Map.Entry<Allowance, Seen> kind : platform.getValue().entrySet()) {
        Seen s = kind.getValue();
        table.row(
            platform.getKey(),
            s.least.compareTo(s.most) == 0
                ? amount(s.most)
                : amount(s.least) + " to " + amount(s.most),
            s.points.size() + " of " + points.get(platform.getKey()).size(),
            describe(kind.getKey()),
            kind.getKey().off(s.priceKeys));
      }
    }
    return table;
  }

  /** Returns whether an allowance lowered any bill of the sweep. */
  static boolean any(SweepResult result) {
    return result.rows().stream()
        .flatMap(row -> row.replications().stream())
        .anyMatch(p -> !p.bill().allowances().isEmpty());
  }

  /** Returns a sweep's heading and table as plain text after a blank line, or nothing. */
  static String sweepPlain(SweepResult result) {
    return any(result) ? "\n" + SWEEP_HEADING + ":\n" + sweepTable(result).plain("  ") : "";
  }

  /** Returns a sweep's heading and table in Markdown after a blank line, or nothing. */
  static String sweepMarkdown(SweepResult result) {
    return any(result)
        ? "\n" + Markdown.escape(SWEEP_HEADING) + ":\n\n" + sweepTable(result).markdown()
        : "";
  }

  /** Returns a sweep's heading and table in HTML, or nothing. */
  static String sweepHtml(SweepResult result) {
    return any(result)
        ? "<p class=\"note\">" + Html.escape(SWEEP_HEADING) + ":</p>\n" + sweepTable(result).html()
        : "";
  }

  /** Prints a credit to the cent, or to 6 decimals when it is less than a cent (not -0.00). */
  private static String amount(BigDecimal usd) {
    return usd.abs().compareTo(CENT) >= 0 ? Numbers.cents(usd) : Numbers.quantity(usd, 6);
  }

  /** Collects one platform's allowance of one kind over a sweep. */
  private static final class Seen {
    /** The smallest credit: the one nearest zero. */
    private BigDecimal least;

    /** The largest credit: the most negative. */
    private BigDecimal most;

    private final Set<String> priceKeys = new LinkedHashSet<>();
    private final Set<Integer> points = new LinkedHashSet<>();

    void add(AllowanceTotal total, int point) {
      least = least == null || total.usd().compareTo(least) > 0 ? total.usd() : least;
      most = most == null || total.usd().compareTo(most) < 0 ? total.usd() : most;
      priceKeys.addAll(total.priceKeys());
      points.add(point);
    }
  }
}
