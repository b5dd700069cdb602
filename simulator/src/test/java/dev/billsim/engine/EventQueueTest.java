package dev.billsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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

  @Test
  void randomRuns_matchAStableReference_throughRetunesResizesAndPeeks() {
    // The queue against a binary heap ordered by (time, insertion number): phases of dense and
    // sparse events, delays from nanoseconds to hours, many ties, peeks followed by adds earlier
    // than the peeked event (as a run does when an arrival comes first), growth and draining.
    SplittableRandom random = new SplittableRandom(2026);
    for (int run = 0; run < 5; run++) {
      EventQueue queue = new EventQueue(1 + random.nextInt(64));
      PriorityQueue<long[]> reference =
          new PriorityQueue<>(
              Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
      long now = 0;
      long sequence = 0;
      for (int phase = 0; phase < 6; phase++) {
        int target = new int[] {10, 3_000, 200, 20_000, 1, 500}[random.nextInt(6)];
        long scale =
            new long[] {1, 1_000, 1_000_000, 1_000_000_000, 3_600_000_000_000L}[random.nextInt(5)];
        for (int step = 0; step < 30_000; step++) {
          if (reference.size() < target || random.nextInt(3) == 0) {
            long delay = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * scale);
            long time = now + (random.nextBoolean() ? delay : delay / 1000 * 1000);
            queue.add(time, sequence);
            reference.add(new long[] {time, sequence++});
          } else if (!reference.isEmpty()) {
            assertThat(queue.peekTimeNanos()).isEqualTo(reference.peek()[0]);
            if (random.nextInt(4) == 0) {
              // Peek, then add between now and the peeked event, later ones first, then take.
              long peeked = reference.peek()[0];
              for (int k = 1 + random.nextInt(3); k > 0; k--) {
                long time = now + (long) ((peeked - now) * random.nextDouble() * k / 3);
                queue.add(time, sequence);
                reference.add(new long[] {time, sequence++});
              }
            }
            long[] expected = reference.poll();
            assertThat(queue.peekTimeNanos()).isEqualTo(expected[0]);
            assertThat(queue.peekPayload()).isEqualTo(expected[1]);
            queue.removeFirst();
            now = expected[0];
          }
          assertThat(queue.size()).isEqualTo(reference.size());
        }
      }
      while (!reference.isEmpty()) {
        long[] expected = reference.poll();
        assertThat(queue.peekPayload()).isEqualTo(expected[1]);
        queue.removeFirst();
      }
      assertThat(queue.isEmpty()).isTrue();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void manyEventsAddedBeforeAnyIsTaken_spreadOverBuckets() {
    // 500,000 events within 1 ms, added before any is taken: the width must follow them as the
    // ring grows, or each insertion walks a list of thousands (minutes instead of a fraction of a
    // second; the timeout only guards against that blow-up, it measures nothing).
    SplittableRandom random = new SplittableRandom(5);
    EventQueue queue = new EventQueue(16);
    for (int i = 0; i < 500_000; i++) {
      queue.add(random.nextLong(1_000_000), i);
    }
    long last = 0;
    while (!queue.isEmpty()) {
      assertThat(queue.peekTimeNanos()).isGreaterThanOrEqualTo(last);
      last = queue.peekTimeNanos();
      queue.removeFirst();
    }
  }
}
