package dev.billsim.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * States what a provider billed one platform's traffic, as recorded (a Lambda log's Billed
 * Duration, a Workers trace's CPU time), for a report to set beside billsim's figures.
 *
 * @param platform the platform's name in the scenario
 * @param source where the figures come from, e.g. the imported files
 * @param figures the recorded figures
 */
public record Recorded(String platform, String source, Map<RecordedFigure, BigDecimal> figures) {
  /** Checks and copies the parts. */
  public Recorded {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(source, "source");
    figures = Map.copyOf(figures);
  }
}
