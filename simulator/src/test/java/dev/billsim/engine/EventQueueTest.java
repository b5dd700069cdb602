package dev.billsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private record Entry(long time, long payload) {}

  /** A reference queue of {time, insertion number, ...} entries: by time, then insertion. */
  private static PriorityQueue<long[]> stableReference() {
    return new PriorityQueue<>(
        Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
  }

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
  void add_toAnEmptyQueueThenAnother_keepsInsertionOrderAtEqualTimes() {
    // Invariant: the one event an empty queue holds beside its calendar stays first among ties
    // when a second one comes, and taking it still forbids adding before it.
    EventQueue queue = new EventQueue(4);
    for (long t = 0; t < 1_000; t += 10) {
      queue.add(t + 5, 1);
      assertThat(queue.size()).isEqualTo(1);
      assertThat(queue.nextTimeNanos()).isEqualTo(t + 5);
      queue.add(t + 5, 2);
      queue.add(t + 3, 3);
      assertThat(queue.removeFirst()).isEqualTo(3);
      assertThat(queue.removeFirst()).isEqualTo(1);
      assertThat(queue.removeFirst()).isEqualTo(2);
      assertThat(queue.nextTimeNanos()).isEqualTo(EventQueue.EMPTY);
      queue.add(t + 7, 4);
      assertThat(queue.peekPayload()).isEqualTo(4);
      assertThat(queue.removeFirst()).isEqualTo(4);
      assertThat(queue.isEmpty()).isTrue();
    }
    assertThatThrownBy(() -> queue.add(996, 5)).isInstanceOf(IllegalArgumentException.class);
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
    for (int run = 0; run < 8; run++) {
      // Half the runs spill to the far future at a few dozen or a few thousand events.
      int spillSize =
          run % 2 == 0 ? EventQueue.DEFAULT_SPILL_SIZE : new int[] {8, 100, 3_000}[run % 3];
      EventQueue queue = new EventQueue(1 + random.nextInt(64), spillSize);
      PriorityQueue<long[]> reference = stableReference();
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
  void timersBeyondAYearOfDays_amongNearEventsComingAndGoing_matchAStableReference() {
    // As a Lambda run between requests: reclaim timers minutes ahead, far beyond a year of the
    // calendar's days, while step ends come and go milliseconds apart, so the earliest event is
    // often found by skipping empty days, and often, with only timers left, by the least head.
    SplittableRandom random = new SplittableRandom(2027);
    EventQueue queue = new EventQueue(4);
    PriorityQueue<long[]> reference = // {time, insertion number, 1 for a timer}
        stableReference();
    long now = 0;
    long sequence = 0;
    int timers = 0;
    int onlyTimersLeft = 0;
    for (int step = 0; step < 200_000; step++) {
      if (reference.isEmpty() || (timers < 3 && random.nextInt(20) == 0)) {
        long time = now + 300_000_000_000L + random.nextLong(600_000_000_000L); // 5 to 15 min
        queue.add(time, sequence);
        reference.add(new long[] {time, sequence++, 1});
        timers++;
      }
      boolean nearPending = reference.peek()[2] == 0;
      if (!nearPending && random.nextInt(3) != 0) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          long time = now + (random.nextInt(4) == 0 ? 0 : random.nextLong(20_000_000L));
          queue.add(time, sequence);
          reference.add(new long[] {time, sequence++, 0});
        }
      }
      if (reference.peek()[2] == 1) {
        onlyTimersLeft++;
      }
      long[] expected = reference.poll();
      assertThat(queue.peekTimeNanos()).isEqualTo(expected[0]);
      assertThat(queue.peekPayload()).isEqualTo(expected[1]);
      queue.removeFirst();
      now = expected[0];
      timers -= (int) expected[2];
      assertThat(queue.size()).isEqualTo(reference.size());
    }
    assertThat(onlyTimersLeft).isGreaterThan(10_000);
  }

  @Test
  void fewEvents_movingToTheCalendarAndBack_matchAStableReference() {
    // The queue size wanders around the short array's capacity and the calendar's hand-back size,
    // so events move both ways many times; some are added at the time just taken, before events
    // the calendar handed back (which must not count as taken), and ties are common.
    SplittableRandom random = new SplittableRandom(2026);
    EventQueue queue = new EventQueue(4);
    PriorityQueue<long[]> reference = stableReference();
    long now = 0;
    long sequence = 0;
    int moves = 0;
    boolean wasFew = true;
    for (int step = 0; step < 200_000; step++) {
      int size = reference.size();
      int target = (step / 500) % 2 == 0 ? EventQueue.FEW + 8 : 2;
      boolean add = size == 0 || (size < target ? random.nextInt(4) != 0 : random.nextInt(4) == 0);
      if (add) {
        long time =
            switch (random.nextInt(4)) {
              case 0 -> now; // at the time just taken
              case 1 -> now + random.nextInt(3) * 1_000; // ties
              default -> now + random.nextLong(1, 5_000_000_000L);
            };
        queue.add(time, sequence);
        reference.add(new long[] {time, sequence++});
      } else {
        long[] expected = reference.poll();
        assertThat(queue.nextTimeNanos()).isEqualTo(expected[0]);
        assertThat(queue.peekPayload()).isEqualTo(expected[1]);
        assertThat(queue.removeFirst()).isEqualTo(expected[1]);
        now = expected[0];
      }
      assertThat(queue.size()).isEqualTo(reference.size());
      boolean few = reference.size() <= EventQueue.FEW;
      if (few != wasFew) {
        moves++;
        wasFew = few;
      }
    }
    assertThat(moves).isGreaterThan(100);
  }

  @Test
  void farFuture_spillsAndRefills_matchAStableReference() {
    // A queue that spills past 32 events, against the reference: fill, hold, drain to empty, many
    // times, with delays from 0 to hours and ties at every scale, so that events go to the far
    // future's buckets and top, come back bucket by bucket, and rungs are laid and retired.
    SplittableRandom random = new SplittableRandom(99);
    EventQueue queue = new EventQueue(4, 32);
    PriorityQueue<long[]> reference = stableReference();
    long now = 0;
    long sequence = 0;
    int largest = 0;
    for (int round = 0; round < 60; round++) {
      long scale = new long[] {10, 1_000_000, 1_000_000_000, 3_600_000_000_000L}[round % 4];
      int fill = 1 + random.nextInt(4_000);
      int hold = random.nextInt(10_000);
      for (int step = 0; step < fill + hold; step++) {
        if (step >= fill) {
          long[] expected = reference.poll();
          assertThat(queue.peekTimeNanos()).isEqualTo(expected[0]);
          assertThat(queue.peekPayload()).isEqualTo(expected[1]);
          queue.removeFirst();
          now = expected[0];
        }
        long delay = (long) (random.nextDouble() * random.nextDouble() * scale);
        long time = now + (random.nextInt(3) == 0 ? delay / 1000 * 1000 : delay);
        queue.add(time, sequence);
        reference.add(new long[] {time, sequence++});
        largest = Math.max(largest, queue.size());
        assertThat(queue.size()).isEqualTo(reference.size());
      }
      int keep = round % 3 == 0 ? 0 : random.nextInt(reference.size() + 1); // often to empty
      while (reference.size() > keep) {
        long[] expected = reference.poll();
        assertThat(queue.peekPayload()).as("round %d", round).isEqualTo(expected[1]);
        queue.removeFirst();
        now = expected[0];
      }
    }
    assertThat(largest).isGreaterThan(1_000);
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
