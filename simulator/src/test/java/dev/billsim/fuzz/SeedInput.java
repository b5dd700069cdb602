package dev.billsim.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds one valid input that cases are mutated from: a scenario, shrunk to run in milliseconds, and
 * the data files it names.
 *
 * @param name where the scenario came from, for reports
 * @param files every file by path relative to the scenario's directory, {@link FuzzCase#SCENARIO}
 *     first
 */
record SeedInput(String name, Map<String, byte[]> files) {
  /** Copies the files, keeping their order. */
  SeedInput {
    files = new LinkedHashMap<>(files);
  }

  /** Returns the scenario's bytes. */
  byte[] scenario() {
    return files.get(FuzzCase.SCENARIO);
  }

  /** Returns the paths of the data files, without the scenario. */
  List<String> dataFiles() {
    return files.keySet().stream().filter(f -> !f.equals(FuzzCase.SCENARIO)).toList();
  }

  /** Returns a case made of these files with one of them replaced. */
  FuzzCase mutate(long seed, int index, String file, byte[] bytes, List<String> mutations) {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.put(file, bytes);
    return new FuzzCase(seed, index, name, changed, mutations);
  }
}
