package dev.billsim.cli;

import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.sweep.SweepJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Joins the parts of a sharded sweep into the files the sweep writes unsharded. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Joins the parts of a sharded sweep into the sweep's files.",
    description = {
      "Reads the part.json of every shard that 'billsim sweep ... --shard K/N --out DIR' wrote,"
          + " checks they are the N parts of one sweep (the same scenario text, catalogs, seed,"
          + " --vary, --set, --latency, --within and --replications, and the same billsim), and"
          + " writes the files the sweep writes unsharded, byte for byte: sweep.csv, sweep.json,"
          + " sweep.txt, charts, index.html and summary.md.",
      "The scenario's data files (traces, empirical distributions) are read again from where the"
          + " shards read them. Prints the monthly totals on stdout."
    },
    footer = {
      "",
      "Example:",
      "  billsim sweep merge parts/part-* --out reports/lambda-memory-sweep",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is written)."
    })
final class SweepMergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PART",
      arity = "1..*",
      description = "The parts: the directories the shards wrote (or their part.json files).")
  List<Path> parts;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Where to write the sweep's files.")
  Path out;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on stderr but errors: no 'wrote FILE' notes.")
  boolean quiet;

  @Override
  public Integer call() throws ScenarioException, IOException {
    List<SweepPart.Part> read = new ArrayList<>();
    for (Path path : parts) {
      read.add(SweepPart.read(path));
    }
    SweepPart.Part first = read.get(0);
    String version = VersionProvider.version();
    String build = VersionProvider.build();
    Map<Integer, SweepPart.Part> byShard = new TreeMap<>();
    for (SweepPart.Part part : read) {
      sameSweep(first, part);
      SweepPart.Origin origin = part.origin();
      if (!origin.version().equals(version) || !origin.build().equals(build)) {
        throw new UserError(
            part.file().toString(),
            "a part written by this billsim (" + version + ", built " + build + ")",
            "a part of billsim " + origin.version() + ", built " + origin.build(),
            "another build may simulate differently: run every shard with the billsim that"
                + " merges them");
      }
      SweepPart.Part twin = byShard.put(part.shard().index(), part);
      if (twin != null) {
        throw new UserError(
            part.file().toString(),
            "each shard once",
            "shard " + part.shard() + " again (also " + twin.file() + ")",
            "give each shard's directory once");
      }
    }
    int count = first.shard().count();
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      if (!byShard.containsKey(k)) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty()) {
      throw new UserError(
          "the parts",
          "all " + count + " shards of the sweep",
          "no shard " + shorten(missing) + " of " + count,
          "run the missing shards (billsim sweep ... --shard K/" + count + "), or wait for them");
    }

    for (FileFingerprint file : first.origin().dataFiles()) {
      file.check(); // the merge reads them again: they must be what the shards read
    }
    SweepRequest.Opened opened = first.request().load();
    PrintWriter err = spec.commandLine().getErr();
    List<Scenario> scenarios = SweepCommand.scenarios(opened.sweep(), err);
    if (scenarios == null) {
      return Main.EXIT_BAD_INPUT;
    }
    SweepJobs jobs =
        new SweepJobs(opened.sweep(), scenarios, first.request().replications(), opened.catalog());
    if (jobs.size() != first.jobs()) {
      throw new UserError(
          first.file().toString(),
          "a part of a sweep of " + jobs.size() + " jobs, as the scenario gives now",
          first.jobs() + " jobs",
          "the scenario's data changed since the shards ran: run them again");
    }
    OutputCheck.check(
        out,
        "sweep.csv, sweep.json, sweep.txt, charts/, index.html and summary.md",
        OutputKind.SWEEP);
    List<PlatformResult> results = new ArrayList<>(jobs.size());
    for (int j = 0; j < jobs.size(); j++) {
      SweepPart.Part part = byShard.get(j % count + 1);
      var usage = part.usages().get(j);
      if (usage == null) {
        throw new UserError(
            part.file().toString(),
            "a result for every job of shard " + part.shard() + "'s slice",
            "none for job " + j,
            "the part was cut short: run its shard again");
      }
      try {
        results.add(jobs.price(j, usage));
      } catch (IllegalArgumentException e) {
        throw new UserError(
            part.file() + " job " + j,
            "the usage of this sweep's job " + j,
            e.getMessage(),
            "the part was changed after billsim wrote it: run its shard again");
      }
    }
    SweepCommand.write(jobs.assemble(results), out, quiet, spec.commandLine().getOut(), err);
    return 0;
  }

  /** Refuses a part of another sweep, naming what differs. */
  private static void sameSweep(SweepPart.Part first, SweepPart.Part part) {
    SweepRequest a = first.request();
    SweepRequest b = part.request();
    String differs = null;
    if (!a.scenarioText().equals(b.scenarioText())) {
      differs = "the scenario text (" + b.scenarioFile() + " against " + a.scenarioFile() + ")";
    } else if (!a.catalogs().equals(b.catalogs())) {
      differs = "the --catalog overlays";
    } else if (!first.origin().dataFiles().equals(part.origin().dataFiles())) {
      differs = "data files (the scenario read other files, or files that changed)";
    } else if (!a.directory().equals(b.directory())) {
      differs = "the scenario's directory (" + b.directory() + " against " + a.directory() + ")";
    } else if (!a.varies().equals(b.varies())) {
      differs = "--vary (" + b.varies() + " against " + a.varies() + ")";
    } else if (!a.sets().equals(b.sets())) {
      differs = "--set (" + b.sets() + " against " + a.sets() + ")";
    } else if (!java.util.Objects.equals(a.seed(), b.seed())) {
      differs = "--seed (" + b.seed() + " against " + a.seed() + ")";
    } else if (a.replications() != b.replications()) {
      differs = "--replications (" + b.replications() + " against " + a.replications() + ")";
    } else if (!a.latency().equals(b.latency()) || !a.within().equals(b.within())) {
      differs = "--latency or --within";
    } else if (first.shard().count() != part.shard().count()) {
      differs =
          "the number of shards ("
              + part.shard().count()
              + " against "
              + first.shard().count()
              + ")";
    } else if (first.jobs() != part.jobs()) {
      differs = "the number of jobs";
    } else if (!a.equals(b)) {
      differs = "the scenario file's name";
    }
    if (differs != null) {
      throw new UserError(
          part.file().toString(),
          "a part of the same sweep as " + first.file(),
          "a part whose " + differs + " differs",
          "merge only the parts of one sweep: each shard of it, run with the same arguments");
    }
  }

  /** Lists shard numbers, at most ten of them. */
  private static String shorten(List<Integer> numbers) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < numbers.size() && i < 10; i++) {
      shown.add(Integer.toString(numbers.get(i)));
    }
    return String.join(", ", shown)
        + (numbers.size() > 10 ? " and " + (numbers.size() - 10) + " more" : "");
  }
}
