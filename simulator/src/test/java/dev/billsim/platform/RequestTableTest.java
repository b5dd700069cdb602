package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.engine.SimulationLimitException;
import org.junit.jupiter.api.Test;

/** Checks that the table of requests in flight grows to its limit and no further. */
class RequestTableTest {
  @Test
  void allocate_upToTheLimit_growsThenFailsAsALimit() {
    RequestTable table = new RequestTable(4, 3, 10);
    for (int i = 0; i < 10; i++) {
      assertThat(table.allocate()).isBetween(0, 9);
    }

    assertThatThrownBy(table::allocate)
        .isInstanceOf(SimulationLimitException.class)
        .hasMessageContaining("at most 10 requests in flight");
  }

  @Test
  void allocate_afterARelease_reusesTheSlotWithinTheLimit() {
    RequestTable table = new RequestTable(2, 1, 2);
    int first = table.allocate();
    table.allocate();
    table.release(first);

    assertThat(table.allocate()).isEqualTo(first);
  }

  @Test
  void limit_keepsStepIndicesWithinAnInt() {
    // slot * maxSteps indexes an int array: many steps per request mean fewer slots.
    assertThat(new RequestTable(1, 1_000).capacityLimit()).isEqualTo(Integer.MAX_VALUE / 1_000);
    assertThat(new RequestTable(1, 3).capacityLimit()).isEqualTo(RequestTable.MAX_IN_FLIGHT);
  }
}
