package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.engine.RandomStreams;
import dev.billsim.platform.PlatformHost;
import dev.billsim.platform.PlatformModel;
import dev.billsim.platform.PlatformSpec;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Holds the registry of platform models together: one entry is all a model needs. */
class PlatformKindTest {
  @ParameterizedTest
  @EnumSource(PlatformKind.class)
  void entry_isFoundByItsKey_andItsTableIsNamedAfterIt(PlatformKind kind) {
    assertThat(PlatformKind.byKey(kind.key())).isSameAs(kind);
    assertThat(kind.ownKeys().def()).isEqualTo("platform-" + kind.key());
    assertThat(kind.ownKeys().description()).isNotBlank();
    assertThat(kind.priceKeys()).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void entries_ownDistinctKeysAndTables() {
    assertThat(Arrays.stream(PlatformKind.values()).map(PlatformKind::key)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(PlatformKind.values()).map(PlatformKind::ownKeys))
        .doesNotHaveDuplicates();
  }

  @Test
  void of_aSpecOfNoRegisteredModel_isRefused() {
    PlatformSpec stranger =
        new PlatformSpec() {
          @Override
          public String name() {
            return "stranger";
          }

          @Override
          public Map<String, BigDecimal> prices() {
            return Map.of();
          }

          @Override
          public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
            throw new UnsupportedOperationException();
          }
        };

    assertThatThrownBy(() -> PlatformKind.of(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no registered model");
  }
}
