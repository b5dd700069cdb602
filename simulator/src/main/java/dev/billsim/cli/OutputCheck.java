package dev.billsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything is simulated, that a command's files can go into its {@code --out}
 * directory, so that a mistake costs no simulation and leaves nothing behind.
 */
final class OutputCheck {
  /** The file written and deleted again to learn whether a directory takes files. */
  private static final String PROBE = OutputFiles.TEMP_PREFIX + "probe" + OutputFiles.TEMP_SUFFIX;

  private OutputCheck() {}

  /**
   * Checks that {@code out} names a directory, or a path where one can be made, that billsim can
   * write its files in: not empty, not a file or inside one, no link where billsim writes, none of
   * the other command's reports that billsim did not list as its own, and a probe file can be
   * written in it and in {@code charts/}. Leaves behind no directory or file it made.
   *
   * @param what the files that go there, for the hint, e.g. {@code sweep.csv and sweep.json}
   * @param kind the command writing, whose counterpart's reports must not be there
   */
  static void check(Path out, String what, OutputKind kind) {
    if (out.toString().isBlank()) {
      throw new UserError(
          "--out '" + out + "'",
          "a directory (created if missing)",
          out.toString().isEmpty() ? "an empty path" : "a blank path",
          "give a directory for " + what + ", e.g. --out reports/run1");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError(
          "--out " + out,
          "a directory (created if missing)",
          "an existing file",
          "give a directory for " + what + ", e.g. --out reports/run1");
    }
    for (Path parent = out.toAbsolutePath().getParent();
        parent != null;
        parent = parent.getParent()) {
      if (Files.exists(parent) && !Files.isDirectory(parent)) {
        throw new UserError(
            "--out " + out,
            "a directory (created if missing)",
            "a path inside the file " + parent,
            "give a directory whose parents are directories, e.g. --out reports/run1");
      }
    }
    if (Files.isDirectory(out)) {
      refuseLinkedDirectories(out, List.of(ChartFiles.DIRECTORY));
      refuseDirectoriesInTheWay(out, kind);
      refuseOtherReports(out, kind);
    }
    probe(out);
  }

  /**
   * Refuses, as a {@link UserError}, to write where a directory that a name passes through (such as
   * {@code charts/} in {@code charts/cost.png}) is a symbolic link inside {@code out}: billsim
   * would write through it into a place the user did not name. {@code out} itself may be a link.
   */
  static void refuseLinkedDirectories(Path out, Collection<String> names) {
    Set<String> directories = new LinkedHashSet<>();
    for (String name : names) {
      for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        directories.add(name.substring(0, slash));
      }
    }
    for (String directory : directories) {
      Path path = out.resolve(directory);
      if (Files.isSymbolicLink(path)) {
        throw new UserError(
            "--out " + out,
            "a directory whose " + directory + "/ is a directory billsim can write into",
            path + ", a symbolic link to " + target(path),
            "remove the link (billsim writes through no link it did not make), or choose another"
                + " --out");
      }
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "somewhere else";
    }
  }

  /** Refuses a directory where one of the command's files would go: moving it there would fail. */
  private static void refuseDirectoriesInTheWay(Path out, OutputKind kind) {
    List<String> names = new ArrayList<>(kind.reportNames());
    names.addAll(List.of(ChartFiles.INDEX, ChartFiles.SUMMARY, OutputManifest.NAME));
    for (String name : names) {
      if (Files.isDirectory(out.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        throw new UserError(
            "--out " + out,
            "a directory where " + name + " can be written",
            out.resolve(name) + ", a directory",
            "move it away, or choose another --out");
      }
    }
  }

  /**
   * Refuses a directory holding the other command's reports that no manifest lists: written by an
   * older billsim or by the user, they are not billsim's to remove, and left beside this command's
   * files they would read as its own.
   */
  private static void refuseOtherReports(Path out, OutputKind kind) {
    Set<String> listed = OutputManifest.read(out);
    List<String> found = new ArrayList<>();
    for (String name : kind.other().reportNames()) {
      if (!listed.contains(name) && Files.exists(out.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        found.add(name);
      }
    }
    if (!found.isEmpty()) {
      throw new UserError(
          "--out " + out,
          "a directory without reports of "
              + kind.other().command()
              + " (they would be left beside those of "
              + kind.command()
              + ")",
          String.join(", ", found) + ", which no " + OutputManifest.NAME + " lists as billsim's",
          "remove them, or choose another --out; billsim removes only files it listed in "
              + OutputManifest.NAME);
    }
  }

  /**
   * Creates {@code out} and its {@code charts/} if missing, writes and deletes a file in each, and
   * removes again every directory it created.
   */
  private static void probe(Path out) {
    Path created = OutputFiles.outermostMissing(out);
    Path charts = out.resolve(ChartFiles.DIRECTORY);
    boolean chartsCreated = false;
    try {
      Path creating = out;
      try {
        Files.createDirectories(out);
        creating = charts;
        if (!Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectory(charts);
          chartsCreated = true;
        }
      } catch (IOException e) {
        throw unusable(out, OutputFiles.failure("created", OutputFiles.fileOf(e, creating), e));
      }
      for (Path dir : List.of(out, charts)) {
        try {
          Path probe = dir.resolve(PROBE);
          OutputFiles.stage(probe, new byte[] {'\n'});
          Files.delete(probe);
        } catch (IOException e) {
          // Named by the directory: the probe's own name would only puzzle.
          throw unusable(out, OutputFiles.failure("written into", dir, e));
        }
      }
    } finally {
      if (chartsCreated) {
        OutputFiles.deleteQuietly(charts);
      }
      OutputFiles.removeCreated(out, created);
    }
  }

  private static UserError unusable(Path out, String why) {
    return new UserError(
        "--out " + out,
        "a directory billsim can create and write files in",
        why,
        "check the path and its permissions, or choose another --out");
  }
}
