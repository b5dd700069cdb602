package dev.billsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchedulerTest {
  enum Kind {
    A,
    B,
    C
  }

  @Test
  void next_returnsTypedKindSubjectAndAdvancesTheClock() {
    Scheduler<Kind> scheduler = new Scheduler<>(Kind.class, 2);
    scheduler.schedule(20, Kind.C, Integer.MAX_VALUE);
    scheduler.schedule(10, Kind.B, -1);
    scheduler.schedule(10, Kind.A, 7);

    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.nowNanos()).isEqualTo(10);
    assertThat(scheduler.kind()).isEqualTo(Kind.B);
    assertThat(scheduler.subject()).isEqualTo(-1);
    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.kind()).isEqualTo(Kind.A);
    assertThat(scheduler.subject()).isEqualTo(7);
    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.nowNanos()).isEqualTo(20);
    assertThat(scheduler.subject()).isEqualTo(Integer.MAX_VALUE);
    assertThat(scheduler.next()).isFalse();
    assertThat(scheduler.eventsProcessed()).isEqualTo(3);
  }

  @Test
  void schedule_pastTheEndOfSimulatedTime_failsAsALimitNotABug() {
    // Invariant: no event lies past END_NANOS, so a time plus a duration never overflows.
    Scheduler<Kind> scheduler = new Scheduler<>(Kind.class, 2);
    scheduler.schedule(SimTime.END_NANOS, Kind.A, 0);

    assertThatThrownBy(() -> scheduler.schedule(SimTime.END_NANOS + 1, Kind.B, 1))
        .isInstanceOf(SimulationLimitException.class)
        .hasMessageContaining("146 years");
    // A feed's events are arrivals, always before the horizon: one past the end is a bug.
    assertThatThrownBy(() -> scheduler.scheduleFeed(Long.MAX_VALUE, Kind.C, 2))
        .isInstanceOf(IllegalStateException.class);
    assertThat(SimTime.END_NANOS + SimTime.MAX_DURATION_NANOS).isPositive();
  }

  @Test
  void schedule_inThePast_isRefused() {
    // Invariant: simulated time never runs backwards.
    Scheduler<Kind> scheduler = new Scheduler<>(Kind.class, 2);
    scheduler.schedule(10, Kind.A, 0);
    scheduler.next();
    assertThatThrownBy(() -> scheduler.schedule(9, Kind.A, 0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void feed_takesItsTurnByTime_andQueuedEventsGoFirstAtEqualTimes() {
    Scheduler<Kind> scheduler = new Scheduler<>(Kind.class, 2);
    scheduler.scheduleFeed(10, Kind.A, 1);
    scheduler.schedule(10, Kind.B, 2);
    scheduler.schedule(5, Kind.C, 3);
    assertThat(scheduler.pending()).isEqualTo(3);

    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.kind()).isEqualTo(Kind.C);
    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.kind()).isEqualTo(Kind.B);
    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.kind()).isEqualTo(Kind.A);
    assertThat(scheduler.subject()).isEqualTo(1);
    assertThat(scheduler.nowNanos()).isEqualTo(10);
    // The feed's next event, now alone, is taken; then nothing is left.
    scheduler.scheduleFeed(12, Kind.A, 4);
    assertThat(scheduler.next()).isTrue();
    assertThat(scheduler.subject()).isEqualTo(4);
    assertThat(scheduler.next()).isFalse();
    assertThat(scheduler.eventsProcessed()).isEqualTo(4);
  }

  @Test
  void feed_holdsOneEventAtATime_neverInThePast() {
    Scheduler<Kind> scheduler = new Scheduler<>(Kind.class, 2);
    scheduler.scheduleFeed(10, Kind.A, 0);
    assertThatThrownBy(() -> scheduler.scheduleFeed(20, Kind.A, 0))
        .isInstanceOf(IllegalStateException.class);
    scheduler.next();
    assertThatThrownBy(() -> scheduler.scheduleFeed(9, Kind.A, 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
