package dev.billsim.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds one generated input: a scenario file and the data files it names, as bytes (they may not be
 * UTF-8), with the mutations that made them from a seed input.
 *
 * @param seed the run's seed
 * @param index the case's number in the run; with {@code seed} it regenerates the case
 * @param seedName the seed input the case was mutated from
 * @param files every file of the case by path relative to its directory, the scenario first
 * @param mutations what was changed, in order, one readable line each
 */
record FuzzCase(
    long seed, int index, String seedName, Map<String, byte[]> files, List<String> mutations) {
  /** The name of the scenario file in a case's directory. */
  static final String SCENARIO = "scenario.yaml";

  /** Copies the files (keeping their order) and mutations, and checks that a scenario is there. */
  FuzzCase {
    files = new LinkedHashMap<>(files);
    mutations = List.copyOf(mutations);
    if (!files.containsKey(SCENARIO)) {
      throw new IllegalArgumentException("a case needs " + SCENARIO + ": " + files.keySet());
    }
  }

  /** Returns the name that identifies the case, {@code <seed>-<index>}. */
  String id() {
    return seed + "-" + index;
  }

  /** Returns the same case with one file's bytes replaced, for shrinking. */
  FuzzCase with(String file, byte[] bytes) {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.put(file, bytes);
    return new FuzzCase(seed, index, seedName, changed, mutations);
  }

  /** Returns the same case without one of its data files, for shrinking. */
  FuzzCase without(String file) {
    Map<String, byte[]> fewer = new LinkedHashMap<>(files);
    fewer.remove(file);
    return new FuzzCase(seed, index, seedName, fewer, mutations);
  }

  /** Returns the total size of the case's files in bytes. */
  long sizeBytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** Writes every file under {@code dir} and returns the scenario's path. */
  Path writeTo(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    return dir.resolve(SCENARIO);
  }
}
