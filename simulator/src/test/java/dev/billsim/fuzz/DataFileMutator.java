package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes data-file cases: a seed whose scenario reads a trace or an empirical data file keeps its
 * scenario, and one of its data files gets one to three mutations: rows deleted, doubled or
 * swapped, quotes broken, numbers made NaN, negative, huge or empty, columns added or dropped,
 * invalid UTF-8, a BOM, NUL bytes, a very long field, CRLF line ends, truncation; a catalog overlay
 * (YAML) gets the scenario mutator's mutations (keys misspelt, values and units replaced, lines
 * deleted, flow and block swapped, truncation).
 */
final class DataFileMutator {
  /** Mutations of CSV files, each listed once. */
  private static final List<Mutation> CSV =
      List.of(
          LineMutations::deleteLine,
          LineMutations::duplicateLine,
          LineMutations::swapLines,
          DataMutations::breakQuote,
          DataMutations::replaceNumber,
          DataMutations::addColumn,
          DataMutations::dropColumn,
          LineMutations::invalidUtf8,
          DataMutations::bomAtStart,
          DataMutations::nulByte,
          LineMutations::truncate,
          DataMutations::longField,
          DataMutations::crlf,
          DataMutations::headerOnly);

  /** Mutations of JSON files: the CSV ones that make sense, and JSON's own. */
  static final List<Mutation> JSON =
      List.of(
          LineMutations::deleteLine,
          LineMutations::duplicateLine,
          LineMutations::swapLines,
          DataMutations::breakQuote,
          DataMutations::replaceNumber,
          JsonMutations::replaceValue,
          JsonMutations::misspellField,
          JsonMutations::breakBrackets,
          LineMutations::invalidUtf8,
          DataMutations::bomAtStart,
          DataMutations::nulByte,
          LineMutations::truncate,
          DataMutations::longField,
          DataMutations::crlf);

  /** Mutations of catalog overlays (YAML): the scenario mutator's, which know YAML's shapes. */
  private static final List<Mutation> YAML = ScenarioMutator.MUTATIONS;

  private DataFileMutator() {}

  /** Returns case {@code index} of a run: a seed chosen round-robin, one data file mutated. */
  static FuzzCase mutate(List<SeedInput> seeds, long runSeed, int index) {
    Random random = FuzzRandom.of(runSeed, index);
    SeedInput seed = seeds.get(index % seeds.size());
    List<String> dataFiles = seed.dataFiles();
    String file = dataFiles.get(random.nextInt(dataFiles.size()));
    String lower = file.toLowerCase(Locale.ROOT);
    List<Mutation> mutations =
        lower.endsWith(".json") ? JSON : lower.endsWith(".yaml") ? YAML : CSV;
    ScenarioMutator.Mutated mutated =
        ScenarioMutator.apply(mutations, Latin1.text(seed.files().get(file)), random);
    List<String> edits = new ArrayList<>();
    for (String edit : mutated.edits()) {
      edits.add(file + ": " + edit);
    }
    return seed.mutate(runSeed, index, file, Latin1.bytes(mutated.text()), edits);
  }
}
