package dev.billsim.cli;

import dev.billsim.report.ReportFormat;
import dev.billsim.report.SweepFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the commands that write an output directory, and the report files that tell one's output
 * from the other's (both write {@code charts/}, {@code index.html} and {@code summary.md}).
 */
enum OutputKind {
  /** {@code billsim run --out}: report.txt, report.json, report.csv and report.md. */
  RUN("billsim run"),
  /** {@code billsim sweep}: sweep.csv, sweep.json and sweep.txt. */
  SWEEP("billsim sweep");

  private final String command;

  OutputKind(String command) {
    this.command = command;
  }

  /** Returns the command as typed, for messages. */
  String command() {
    return command;
  }

  /** Returns the names of the report files this command writes, in the order written. */
  List<String> reportNames() {
    List<String> names = new ArrayList<>();
    if (this == RUN) {
      for (ReportFormat format : ReportFormat.values()) {
        names.add(RunCommand.REPORT_NAME + "." + format.extension());
      }
    } else {
      for (SweepFormat format : SweepFormat.values()) {
        names.add(format.fileName());
      }
    }
    return names;
  }

  /** Returns the other command, whose reports must not be left beside this one's. */
  OutputKind other() {
    return this == RUN ? SWEEP : RUN;
  }
}
