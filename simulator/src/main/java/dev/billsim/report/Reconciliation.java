package dev.billsim.report;

import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import dev.billsim.scenario.Recorded;
import dev.billsim.scenario.RecordedFigure;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sets what a provider billed a platform's traffic ({@code recorded:} in the scenario, as billsim
 * import writes it) beside what billsim bills the same traffic: equal figures are the proof that an
 * import and its replay are exact.
 */
final class Reconciliation {
  private Reconciliation() {}

  /**
   * One recorded figure and billsim's.
   *
   * @param figure which figure
   * @param recorded the provider's
   * @param billsim billsim's, exactly
   * @param source where the recorded figure comes from
   */
  record Line(RecordedFigure figure, BigDecimal recorded, BigDecimal billsim, String source) {
    boolean equal() {
      return recorded.compareTo(billsim) == 0;
    }

    /** Returns the line as reports print it. */
    String text() {
      return String.format(
          "%s: recorded %s %s%s, billsim %s %s: %s",
          figure.label(),
          plain(recorded),
          figure.unit(),
          source.isEmpty() ? "" : " (" + source + ")",
          plain(billsim),
          figure.unit(),
          equal()
              ? "equal"
              : "billsim "
                  + (billsim.compareTo(recorded) > 0 ? "+" : "")
                  + plain(billsim.subtract(recorded))
                  + " "
                  + figure.unit());
    }
  }

  /** Returns the lines of {@code platform}: none unless the scenario recorded figures for it. */
  static List<Line> of(RunResult result, PlatformResult platform) {
    List<Line> lines = new ArrayList<>();
    for (Recorded recorded : result.scenario().recorded()) {
      if (!recorded.platform().equals(platform.platform().name())) {
        continue;
      }
      for (Map.Entry<RecordedFigure, BigDecimal> e : recorded.figures().entrySet()) {
        lines.add(
            new Line(
                e.getKey(),
                e.getValue(),
                billsim(e.getKey(), platform.usage()),
                recorded.source()));
      }
    }
    lines.sort((a, b) -> a.figure().compareTo(b.figure()));
    return lines;
  }

  /** Prints an exact decimal with thousands separators, without exponent or trailing zeros. */
  private static String plain(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /** Returns billsim's figure, exactly. */
  static BigDecimal billsim(RecordedFigure figure, Usage usage) {
    return switch (figure) {
      case BILLED_MS -> new BigDecimal(usage.billedNanos()).movePointLeft(6);
      case BILLED_GB_SECONDS -> usage.billedGbSeconds();
      case CPU_MS -> new BigDecimal(usage.cpuNanos()).movePointLeft(6);
    };
  }
}
