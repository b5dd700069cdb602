package dev.billsim.importer;

import java.util.Locale;

/**
 * Writes the scenario of {@code billsim import --fit}: the data summarised instead of replayed, for
 * what-ifs (ten times the traffic, another memory size): Poisson arrivals whose rate follows the
 * recorded mean of each hour of the week (or of the day, for data shorter than a week), as stages;
 * each class weighted by its requests, with its CPU, I/O and response size as empirical
 * distributions; Lambda's cold starts from the recorded INIT times.
 */
final class FittedScenarioWriter {
  private static final long NANOS_PER_MS = 1_000_000L;

  private FittedScenarioWriter() {}

  static String write(ImportSummary s, Fit fit) {
    StringBuilder y = new StringBuilder();
    ScenarioWriter.comment(y, s, false);
    y.setLength(y.length() - 1); // the blank line ending the comment: more lines follow
    RateProfile profile = fit.profile();
    boolean weekly = profile.weekly();
    ScenarioWriter.line(
        y,
        "Fitted (--fit): arrivals are Poisson at the recorded mean rate of each hour of the "
            + (weekly ? "week (Monday 00:00 UTC first)" : "day (00:00 UTC first)")
            + "; each class's CPU, I/O and response size are drawn from its recorded"
            + " distribution (percentiles within 0.1%), independently of each other.");
    ScenarioWriter.line(
        y,
        "Change rate shapes with --set or speed, the platforms with any key; billsim import"
            + " without --fit replays the data exactly instead.");
    y.append('\n');
    y.append("name: fitted-").append(s.format().key()).append('\n');
    y.append("description: ")
        .append(
            ScenarioWriter.quote(
                String.format(
                    Locale.ROOT,
                    "%,d requests from %s, summarised",
                    s.requests(),
                    ScenarioWriter.files(s))))
        .append('\n');
    y.append("horizon: ").append(weekly ? "7d" : "1d").append('\n');
    double[] rates = profile.ratesPerSecond();
    y.append("traffic:\n  arrivals: stages\n  start-rate: ").append(rate(rates[0])).append('\n');
    y.append("  stages:                  # each hour at its recorded mean rate\n");
    for (int h = 0; h < rates.length; h++) {
      // A 1 ms ramp to the hour's rate, then the rest of the hour at it: a step, not a slope.
      y.append("    - {duration: 1ms, target: ").append(rate(rates[h])).append("}\n");
      y.append("    - {duration: 3599999ms, target: ").append(rate(rates[h])).append("}\n");
    }
    y.append("requests:\n");
    for (ClassSummary c : s.classes()) {
      FittedClass f = fit.of(c.name());
      y.append("  - name: ").append(ScenarioWriter.quote(c.name())).append('\n');
      y.append("    weight: ").append(f.requests()).append('\n');
      y.append("    steps:\n");
      y.append("      - cpu: ").append(f.cpu()).append('\n');
      y.append("      - io: ").append(f.io()).append('\n');
      if (s.hasSizes()) {
        y.append("    response-size: ").append(f.responseSize()).append('\n');
      }
    }
    ScenarioWriter.platforms(y, s, false, fit.coldStart());
    return y.toString();
  }

  /** Writes a rate per second exactly as a decimal. */
  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%.6f/s", perSecond);
  }
}
