package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the key tables and their binder on their own, without a scenario: a table's defaults fill
 * absent keys, bounds and types are refused with one exact problem each, and an unknown key names
 * the known key it most likely meant.
 */
class BoundTest {
  private static final Key<Long> MEMORY =
      Key.of("memory", KeyType.memoryMb(), "The memory of one instance.")
          .byDefault(128L)
          .between(128, 10_240, "a memory size from 128MB to 10240MB")
          .hint("e.g. memory: 1024MB");

  private static final Key<Long> COUNT =
      Key.of("count", KeyType.integer(), "How many.").byDefault(1L).between(1, 10).hint("e.g. 3");

  private static final Key<Long> TIMEOUT =
      Key.of("timeout", KeyType.duration(), "How long at most.").mandatory();

  private static final Key<Boolean> WARM =
      Key.of("warm", KeyType.bool(), "Whether it starts warm.").byDefault(Boolean.FALSE);

  private static final KeyTable TABLE =
      KeyTable.of("thing", "A thing.", MEMORY, COUNT, TIMEOUT, WARM);

  private final Problems problems = new Problems("t.yaml");

  private Bound bind(String yaml) {
    try {
      YamlNode node = new YamlReader().read(yaml);
      return Bound.open(node, "thing", problems, "a mapping", "e.g. {timeout: 1s}", TABLE);
    } catch (YamlReader.SyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private ScenarioProblem onlyProblem() {
    List<ScenarioProblem> found = problems.inFileOrder();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void bind_absentKeys_takeTheirDefaults() {
    Bound bound = bind("timeout: 2s\n");

    assertThat(bound.ok()).isTrue();
    assertThat(problems.any()).isFalse();
    assertThat(bound.get(MEMORY)).isEqualTo(128L);
    assertThat(bound.get(COUNT)).isEqualTo(1L);
    assertThat(bound.get(WARM)).isFalse();
    assertThat(bound.get(TIMEOUT)).isEqualTo(2_000_000_000L);
    assertThat(bound.given(MEMORY)).isFalse();
    assertThat(bound.getOr(MEMORY, 7L)).isEqualTo(7L);
  }

  @Test
  void bind_presentKeys_areConvertedWithTheirUnits() {
    Bound bound = bind("memory: 2GB\ncount: 3\ntimeout: 250ms\nwarm: true\n");

    assertThat(bound.ok()).isTrue();
    assertThat(bound.get(MEMORY)).isEqualTo(2048L);
    assertThat(bound.get(COUNT)).isEqualTo(3L);
    assertThat(bound.get(TIMEOUT)).isEqualTo(250_000_000L);
    assertThat(bound.get(WARM)).isTrue();
  }

  @Test
  void bind_memoryOutOfBounds_isRefusedWithTheKeysExpectedAndHint() {
    Bound bound = bind("memory: 64MB\ntimeout: 1s\n");

    assertThat(bound.ok()).isFalse();
    assertThat(bound.get(MEMORY)).isNull();
    assertThat(onlyProblem())
        .extracting(
            ScenarioProblem::line,
            ScenarioProblem::key,
            ScenarioProblem::expected,
            ScenarioProblem::got,
            ScenarioProblem::hint)
        .containsExactly(
            1,
            "thing.memory",
            "a memory size from 128MB to 10240MB",
            "'64MB'",
            "e.g. memory: 1024MB");
  }

  @Test
  void bind_wholeNumberOutOfBounds_namesTheBounds() {
    Bound bound = bind("count: 11\ntimeout: 1s\n");

    assertThat(bound.ok()).isFalse();
    assertThat(onlyProblem())
        .extracting(ScenarioProblem::key, ScenarioProblem::expected, ScenarioProblem::got)
        .containsExactly("thing.count", "a whole number from 1 to 10", "'11'");
  }

  @Test
  void bind_wrongType_isOneProblemAtTheValue() {
    Bound bound = bind("timeout: 1s\nwarm: maybe\n");

    assertThat(bound.ok()).isFalse();
    assertThat(bound.get(WARM)).isNull();
    assertThat(onlyProblem())
        .extracting(
            ScenarioProblem::line,
            ScenarioProblem::key,
            ScenarioProblem::expected,
            ScenarioProblem::got)
        .containsExactly(2, "thing.warm", "true or false", "'maybe'");
  }

  @Test
  void bind_durationWithoutUnit_isRefused() {
    Bound bound = bind("timeout: 5\n");

    assertThat(bound.ok()).isFalse();
    assertThat(onlyProblem().key()).isEqualTo("thing.timeout");
  }

  @Test
  void open_unknownKey_suggestsTheClosestKnownKey() {
    bind("timeout: 1s\nmemroy: 1GB\n");

    assertThat(problems.inFileOrder())
        .extracting(ScenarioProblem::line, ScenarioProblem::key, ScenarioProblem::got)
        .containsExactly(tuple(2, "thing.memroy", "unknown key 'memroy'"));
    assertThat(onlyProblem().hint())
        .isEqualTo("did you mean 'memory'? (one of: memory, count, timeout, warm)");
  }

  @Test
  void open_notAMapping_isRefusedAndReturnsNull() {
    assertThat(bind("- 1\n")).isNull();
    assertThat(onlyProblem())
        .extracting(ScenarioProblem::key, ScenarioProblem::expected, ScenarioProblem::got)
        .containsExactly("thing", "a mapping", "a list");
  }

  @Test
  void require_absentMandatoryKey_isReported() {
    Bound bound = bind("count: 2\n");

    assertThat(bound.require(TIMEOUT, "a duration", "e.g. timeout: 1s")).isNull();
    assertThat(bound.ok()).isFalse();
    assertThat(onlyProblem().got()).isEqualTo("nothing: the key 'timeout' is missing");
  }

  @Test
  void refuse_ruledOutDefault_saysTheDefault() {
    Bound bound = bind("timeout: 1s\n");

    bound.refuse(MEMORY, "at least 256MB with warm", "raise memory");

    assertThat(bound.ok()).isFalse();
    assertThat(onlyProblem())
        .extracting(ScenarioProblem::key, ScenarioProblem::got)
        .containsExactly("thing.memory", "the default 128MB");
  }

  @Test
  void key_describedWithDefault_statesBoundsAndDefault() {
    assertThat(MEMORY.describedWithDefault())
        .isEqualTo("The memory of one instance. From 128MB to 10240MB. Default 128MB.");
    assertThat(COUNT.describedWithDefault()).isEqualTo("How many. From 1 to 10. Default 1.");
    assertThat(TIMEOUT.defaultShown()).isNull();
  }

  @Test
  void keyTable_namesAndRequired_followDeclarationOrder() {
    assertThat(TABLE.names()).containsExactly("memory", "count", "timeout", "warm");
    assertThat(TABLE.requiredNames()).containsExactly("timeout");
    KeyTable more = KeyTable.of("more", "More.", Key.of("extra", KeyType.bool(), "Extra."));
    assertThat(TABLE.plus(more).names())
        .containsExactly("memory", "count", "timeout", "warm", "extra");
    assertThat(TABLE.plus(more).def()).isEqualTo("more");
  }

  @Test
  void keyType_schema_carriesBoundsAndFormatsValues() {
    assertThat(COUNT.type().schema(COUNT).toString()).contains("\"minimum\":1", "\"maximum\":10");
    assertThat(MEMORY.type().format(2048L)).isEqualTo("2048MB");
    assertThat(KeyType.bool().docType()).isEqualTo("`true` or `false`");
    assertThat(Key.orList(List.of("a", "b", "c"))).isEqualTo("a, b or c");
  }
}
