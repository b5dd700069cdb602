package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ComponentEquality} to the records' own equality: on the keys of every bundled
 * scenario, each loaded twice, compared with every other; and on the cases its rules name.
 */
class ComponentEqualityTest {
  private static final PriceCatalog CATALOG = PriceCatalog.builtIn();

  /** Every platform's key of every bundled scenario, loaded afresh: equal parts, new objects. */
  private static List<SimulationKey> bundledKeys() throws Exception {
    List<SimulationKey> keys = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("../scenarios"))) {
      files = listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      Scenario scenario = new ScenarioLoader(CATALOG).load(file);
      for (int i = 0; i < scenario.platforms().size(); i++) {
        keys.add(new PlatformJob(scenario, i, CATALOG, false).simulationKey());
        keys.add(new PlatformJob(scenario, i, CATALOG, true).simulationKey());
      }
    }
    return keys;
  }

  /** What the records' own equality says of two keys. */
  private static boolean recordsSay(SimulationKey a, SimulationKey b) {
    return a.workload().equals(b.workload())
        && a.seed() == b.seed()
        && a.spec().equals(b.spec())
        && a.profiles() == b.profiles();
  }

  @Test
  void bundledKeys_areEqualExactlyWhenTheRecordsSaySo_withEqualHashes() throws Exception {
    List<SimulationKey> once = bundledKeys();
    List<SimulationKey> again = bundledKeys();
    int equalPairs = 0;
    for (SimulationKey a : once) {
      for (SimulationKey b : again) {
        boolean equal = a.equals(b);
        assertThat(equal).as("%s against %s", a.spec(), b.spec()).isEqualTo(recordsSay(a, b));
        assertThat(b.equals(a)).isEqualTo(equal);
        if (equal) {
          equalPairs++;
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
          assertThat(a.traffic()).isEqualTo(b.traffic()).hasSameHashCodeAs(b.traffic());
        }
      }
    }
    for (int i = 0; i < once.size(); i++) {
      assertThat(once.get(i)).isEqualTo(again.get(i)).isNotSameAs(again.get(i));
      assertThat(once.get(i).workload()).isNotSameAs(again.get(i).workload());
    }
    // Same-scenario platforms with equal simulated specs pair up too, not only a key and its twin.
    assertThat(equalPairs).isGreaterThanOrEqualTo(once.size());
  }

  @Test
  void aDifferenceAnywhereInTheGraph_makesKeysDiffer() throws Exception {
    SimulationKey base = bundledKeys().get(0);
    Scenario scenario =
        new ScenarioLoader(CATALOG).load(Path.of("../scenarios/lambda-memory.yaml"));
    SimulationKey lambda = new PlatformJob(scenario, 0, CATALOG, false).simulationKey();
    String text = Files.readString(Path.of("../scenarios/lambda-memory.yaml"));
    for (String changed :
        List.of(
            text.replace("median: 20ms, p99: 80ms", "median: 20ms, p99: 81ms"), // a step, deep
            text.replace("rate: 10/s", "rate: 11/s"), // the traffic
            text.replace("seed: 11", "seed: 12"),
            text.replace("memory: 1024MB", "memory: 1025MB"))) { // the platform
      Scenario other = new ScenarioLoader(CATALOG).parse(changed, "changed.yaml", Path.of("."));
      SimulationKey key = new PlatformJob(other, 0, CATALOG, false).simulationKey();
      assertThat(key).isNotEqualTo(lambda);
      assertThat(recordsSay(key, lambda)).isFalse();
    }
    assertThat(base).isNotEqualTo(null).isNotEqualTo("a key");
  }

  record Leaf(double value, String text) {}

  record Branch(List<Leaf> leaves, Map<String, Leaf> named, int[] array, long count) {}

  /** Declares its own equality, which ignores {@code ignored}: it must be asked. */
  record Loose(int kept, int ignored) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Loose other && other.kept == kept;
    }

    @Override
    public int hashCode() {
      return kept;
    }
  }

  record Holder(Loose loose) {}

  /** A record with its own equality, which ignores {@code second}: asked, not read. */
  record Pair(String first, String second) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair other && other.first.equals(first);
    }

    @Override
    public int hashCode() {
      return first.hashCode();
    }
  }

  @Test
  void mapsWithKeysTheOtherCannotHold_areUnequal_asMapsSay() {
    Map<String, Leaf> withNullKey = new java.util.HashMap<>();
    withNullKey.put(null, new Leaf(1, "a"));
    Map<String, Leaf> plain = Map.of("a", new Leaf(1, "a"));
    Map<Object, Leaf> sorted = new java.util.TreeMap<>(Map.of("a", new Leaf(1, "a")));
    Map<Object, Leaf> otherKeyType = new java.util.HashMap<>();
    otherKeyType.put(1, new Leaf(1, "a"));
    for (Object[] pair :
        List.of(
            new Object[] {withNullKey, plain},
            new Object[] {otherKeyType, sorted},
            new Object[] {sorted, otherKeyType})) {
      assertThat(ComponentEquality.equal(pair[0], pair[1]))
          .isFalse()
          .isEqualTo(pair[0].equals(pair[1]));
    }
  }

  @Test
  void aRecordWithItsOwnEquals_isAsked_atTheTopToo() {
    assertThat(ComponentEquality.equal(new Pair("a", "x"), new Pair("a", "y"))).isTrue();
    assertThat(ComponentEquality.hash(new Pair("a", "x")))
        .isEqualTo(ComponentEquality.hash(new Pair("a", "y")));
    assertThat(ComponentEquality.equal(new Pair("a", "x"), new Pair("b", "x"))).isFalse();
  }

  private static void sameAsRecords(Object a, Object b) {
    assertThat(ComponentEquality.equal(a, b)).as("%s, %s", a, b).isEqualTo(a.equals(b));
    if (a.equals(b)) {
      assertThat(ComponentEquality.hash(a)).isEqualTo(ComponentEquality.hash(b));
    }
  }

  @Test
  void theRules_areTheRecords() {
    int[] shared = {1, 2};
    Map<String, Leaf> named = new LinkedHashMap<>();
    named.put("a", new Leaf(1, "x"));
    named.put("none", null);
    Map<String, Leaf> reordered = new LinkedHashMap<>();
    reordered.put("none", null);
    reordered.put("a", new Leaf(1, "x"));
    Branch branch = new Branch(List.of(new Leaf(0.5, "a")), named, shared, 3);
    List<Object[]> pairs =
        List.of(
            new Object[] {new Leaf(Double.NaN, "a"), new Leaf(Double.NaN, "a")},
            new Object[] {new Leaf(0.0, "a"), new Leaf(-0.0, "a")},
            new Object[] {new Leaf(1, null), new Leaf(1, null)},
            new Object[] {new Leaf(1, null), new Leaf(1, "")},
            new Object[] {
              branch, new Branch(new ArrayList<>(branch.leaves()), reordered, shared, 3)
            },
            new Object[] {branch, new Branch(branch.leaves(), named, new int[] {1, 2}, 3)},
            new Object[] {branch, new Branch(List.of(new Leaf(0.5, "b")), named, shared, 3)},
            new Object[] {
              branch, new Branch(branch.leaves(), Map.of("a", new Leaf(1, "x")), shared, 3)
            },
            new Object[] {branch, new Branch(branch.leaves(), named, shared, 4)},
            new Object[] {new Holder(new Loose(1, 2)), new Holder(new Loose(1, 3))},
            new Object[] {new Holder(new Loose(1, 2)), new Holder(new Loose(2, 2))},
            new Object[] {List.of(new Leaf(1, "a")), List.of(new Leaf(1, "a"), new Leaf(1, "a"))});
    for (Object[] pair : pairs) {
      sameAsRecords(pair[0], pair[1]);
      sameAsRecords(pair[1], pair[0]);
    }
    assertThat(ComponentEquality.equal(new Holder(new Loose(1, 2)), new Holder(new Loose(1, 3))))
        .isTrue();
    assertThat(ComponentEquality.equal(new Leaf(0.0, "a"), new Leaf(-0.0, "a"))).isFalse();
    assertThat(ComponentEquality.equal(null, null)).isTrue();
    assertThat(ComponentEquality.equal(new Leaf(1, "a"), null)).isFalse();
  }

  @Test
  void aSweepsSharedSimulations_areFoundAsBefore() throws Exception {
    // From 1,769 MB up Lambda runs alike: 2 GB and 3 GB share a simulation, 1 GB does not.
    String text = Files.readString(Path.of("../scenarios/lambda-memory.yaml"));
    List<SimulationKey> keys = new ArrayList<>();
    for (String memory : List.of("1024MB", "2048MB", "3008MB")) {
      Scenario point =
          new ScenarioLoader(CATALOG)
              .parse(text.replace("memory: 1024MB", "memory: " + memory), "p.yaml", Path.of("."));
      keys.add(new PlatformJob(point, 0, CATALOG, false).simulationKey());
    }
    assertThat(keys.get(1)).isEqualTo(keys.get(2)).hasSameHashCodeAs(keys.get(2));
    assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
    assertThat(keys.get(0).traffic()).isEqualTo(keys.get(2).traffic());
  }
}
