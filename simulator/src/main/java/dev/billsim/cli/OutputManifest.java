package dev.billsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@code .billsim-files}, the list of the files billsim wrote into an output
 * directory, so that the next write there removes what it no longer produces (the charts of a
 * platform since dropped, a run's reports under a sweep's) and never a file billsim did not write.
 */
final class OutputManifest {
  /** The manifest's name inside the output directory. */
  static final String NAME = ".billsim-files";

  private static final String HEADER =
      "# The files billsim wrote here, one a line; the next billsim run or sweep into this"
          + " directory removes those it does not write again.\n";

  private OutputManifest() {}

  /**
   * Returns the files the manifest in {@code out} lists, keeping only names inside the directory
   * ({@link #isInside}); none when there is no manifest, it is not a regular file, or it cannot be
   * read, so that nothing is ever removed on a guess.
   */
  static Set<String> read(Path out) {
    Path file = out.resolve(NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Set.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      if (isInside(line)) {
        names.add(line);
      }
    }
    return names;
  }

  /**
   * Returns whether a manifest line names a file inside the directory: relative, '/'-separated,
   * without empty, {@code .} or {@code ..} segments, and not the manifest itself or a comment.
   */
  static boolean isInside(String name) {
    if (name.isEmpty()
        || name.startsWith("#")
        || name.startsWith("/")
        || name.equals(NAME)
        || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Returns the manifest's bytes: a comment saying what it is, then one name a line. */
  static byte[] text(Collection<String> names) {
    StringBuilder text = new StringBuilder(HEADER);
    for (String name : names) {
      text.append(name).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Removes, announcing each, the files the previous manifest listed that this write does not
   * produce, then the subdirectories that leaves empty. Removes only regular files and links (the
   * link itself), and only where every directory between {@code out} and the file is a directory,
   * not a link; a file it cannot remove is reported and left.
   *
   * @param notes where each removal is announced (nowhere with {@code --quiet})
   * @param err where a file that cannot be removed is reported
   */
  static void removeStale(
      Path out, Set<String> previous, Set<String> written, PrintWriter notes, PrintWriter err) {
    Set<Path> emptied = new LinkedHashSet<>();
    for (String name : previous) {
      if (written.contains(name) || !directoriesAreReal(out, name)) {
        continue;
      }
      Path file = out.resolve(name);
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
          continue; // a directory or a device: not something billsim wrote
        }
        Files.delete(file);
        notes.println("removed " + file + " (written by an earlier billsim, not by this one)");
        for (Path dir = file.getParent(); !dir.equals(out); dir = dir.getParent()) {
          emptied.add(dir);
        }
      } catch (NoSuchFileException e) {
        // already gone
      } catch (IOException e) {
        err.println(
            "billsim: could not remove "
                + OutputFiles.failure("removed", file, e)
                + ", written by an earlier billsim; remove it by hand");
      }
    }
    // Deepest first, so that charts/a/ goes before charts/.
    List<Path> directories = emptied.stream().sorted((a, b) -> b.compareTo(a)).toList();
    for (Path dir : directories) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException e) {
        // still holds files: keep it
      } catch (IOException e) {
        // best effort: an empty directory left behind misleads no one
      }
    }
  }

  /** Returns whether every directory between {@code out} and {@code name} is one, not a link. */
  private static boolean directoriesAreReal(Path out, String name) {
    Path dir = out;
    String[] segments = name.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      dir = dir.resolve(segments[i]);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    return true;
  }
}
