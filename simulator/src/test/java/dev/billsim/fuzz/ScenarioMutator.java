package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes scenario cases: one to three mutations of a seed scenario, each drawn from lines (delete,
 * duplicate, swap, indent), tokens (numbers, extreme values, units, keys), structure (flow and
 * block, map and list) and bytes (invalid UTF-8, truncation).
 */
final class ScenarioMutator {
  /**
   * Every mutation, drawn with equal chances, except that the three that change values are listed
   * twice: the others mostly make the loader reject the case, and only a case that loads reaches
   * the platform models and the run, where arithmetic overflows.
   */
  static final List<Mutation> MUTATIONS =
      List.of(
          LineMutations::deleteLine,
          LineMutations::duplicateLine,
          LineMutations::swapLines,
          LineMutations::indent,
          TokenMutations::replaceNumber,
          TokenMutations::replaceNumber,
          TokenMutations::extremeValue,
          TokenMutations::extremeValue,
          TokenMutations::replaceUnit,
          TokenMutations::replaceUnit,
          TokenMutations::misspellKey,
          TokenMutations::swapKeys,
          StructureMutations::flowToBlock,
          StructureMutations::blockToFlow,
          StructureMutations::mapListSwap,
          LineMutations::invalidUtf8,
          LineMutations::truncate);

  /** How often a mutation that does not apply to a text is replaced by another before giving up. */
  private static final int TRIES = 20;

  private ScenarioMutator() {}

  /** Returns case {@code index} of a run: the seed chosen round-robin, its scenario mutated. */
  static FuzzCase mutate(List<SeedInput> seeds, long runSeed, int index) {
    Random random = FuzzRandom.of(runSeed, index);
    SeedInput seed = seeds.get(index % seeds.size());
    Mutated mutated = apply(MUTATIONS, Latin1.text(seed.scenario()), random);
    return seed.mutate(
        runSeed, index, FuzzCase.SCENARIO, Latin1.bytes(mutated.text()), mutated.edits());
  }

  /** Holds a text after its mutations, and what each one did. */
  record Mutated(String text, List<String> edits) {}

  /**
   * Applies one to three mutations drawn from {@code mutations}: one in half the cases, since each
   * further mutation makes it likelier that the loader rejects the case before the run is reached.
   */
  static Mutated apply(List<Mutation> mutations, String text, Random random) {
    int draw = random.nextInt(10);
    int count = draw < 5 ? 1 : draw < 8 ? 2 : 3;
    List<String> edits = new ArrayList<>();
    for (int tries = 0; edits.size() < count && tries < TRIES * count; tries++) {
      Mutation.Edit edit = mutations.get(random.nextInt(mutations.size())).apply(text, random);
      if (edit != null && !edit.text().equals(text)) {
        text = edit.text();
        edits.add(edit.description());
      }
    }
    return new Mutated(text, edits);
  }
}
