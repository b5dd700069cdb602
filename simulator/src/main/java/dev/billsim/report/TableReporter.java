package dev.billsim.report;

import dev.billsim.run.PlatformResult;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes a run result as aligned plain-text tables: one row per platform, then each bill. */
final class TableReporter implements Reporter {
  @Override
  public void write(ReplicatedResult replicated, Writer out) throws IOException {
    RunResult result = replicated.first();
    StringBuilder text = new StringBuilder();
    String description = result.scenario().description();
    text.append(result.scenario().name())
        .append(description.isEmpty() ? "" : ": " + description)
        .append('\n');
    text.append(Summary.context(result)).append("\n\n");
    if (replicated.count() > 1) {
      ReplicationSummary summary = new ReplicationSummary(replicated);
      text.append(Summary.replicationHeading(summary)).append("\n\n");
      text.append(Summary.replications(summary).plain(""));
      text.append('\n');
      for (String line : Summary.comparisons(summary)) {
        text.append(line).append('\n');
      }
      for (int p = 0; p < summary.platforms().size(); p++) {
        text.append('\n')
            .append(summary.platforms().get(p))
            .append(": every quantity over the replications (money in USD per month)\n");
        text.append(Summary.quantities(summary, p).plain("  "));
      }
      text.append('\n').append(Summary.firstReplicationHeading(result)).append("\n\n");
    }
    text.append(Summary.platforms(result).plain(""));
    text.append(Allowances.plain(result.platforms()));
    for (PlatformResult platform : result.platforms()) {
      text.append('\n')
          .append(platform.platform().name())
          .append(" (")
          .append(platform.model())
          .append("): USD ")
          .append(Numbers.cents(platform.bill().totalUsd()))
          .append(" per month\n");
      text.append(Summary.items(platform.bill()).plain("  "));
      for (Map.Entry<String, String> source : Summary.sources(platform.bill()).entrySet()) {
        text.append("  source: ").append(Summary.source(source, false)).append('\n');
      }
      for (String note : platform.bill().notes()) {
        text.append("  note: ").append(note).append('\n');
      }
      for (Reconciliation.Line line : Reconciliation.of(result, platform)) {
        text.append("  check: ").append(line.text()).append('\n');
      }
    }
    out.write(text.toString());
  }
}
