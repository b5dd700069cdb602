package dev.billsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private record Entry(long time, long payload) {}

  @Test
  void removeFirst_randomTimesWithTies_leavesInTimeThenInsertionOrder() {
    // Invariant: the queue is a stable sort by time: equal times keep insertion order.
    SplittableRandom random = new SplittableRandom(7);
    EventQueue queue = new EventQueue(4);
    List<Entry> added = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long time = random.nextInt(500); // many ties
      queue.add(time, i);
      added.add(new Entry(time, i));
    }
    List<Entry> expected = new ArrayList<>(added);
    expected.sort(Comparator.comparingLong(Entry::time)); // List.sort is stable
    List<Entry> polled = new ArrayList<>();
    while (!queue.isEmpty()) {
      polled.add(new Entry(queue.peekTimeNanos(), queue.peekPayload()));
      queue.removeFirst();
    }
    assertThat(polled).containsExactlyElementsOf(expected);
  }

  @Test
  void add_interleavedWithRemove_keepsOrderAsTheHoldModelRuns() {
    // Invariant: in a hold model (remove earliest, add later), times come out non-decreasing.
    SplittableRandom random = new SplittableRandom(11);
    EventQueue queue = new EventQueue(2);
    for (int i = 0; i < 1000; i++) {
      queue.add(random.nextLong(1_000_000), i);
    }
    long last = Long.MIN_VALUE;
    for (int i = 0; i < 100_000; i++) {
      long now = queue.peekTimeNanos();
      assertThat(now).isGreaterThanOrEqualTo(last);
      last = now;
      queue.removeFirst();
      queue.add(now + random.nextLong(1_000_000), i);
    }
    assertThat(queue.size()).isEqualTo(1000);
  }

  @Test
  void clear_emptiesTheQueue() {
    EventQueue queue = new EventQueue(1);
    queue.add(5, 1);
    queue.add(3, 2);
    queue.clear();
    assertThat(queue.isEmpty()).isTrue();
    queue.add(9, 3);
    assertThat(queue.peekPayload()).isEqualTo(3);
  }
}
