package dev.billsim.benchmarks;

import dev.billsim.engine.EventQueue;
import dev.billsim.engine.Scheduler;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the event queue in the hold model: the queue holds a fixed number of pending events, and
 * each operation takes the earliest and schedules one at its time plus a random increment.
 *
 * <p>One operation is one event through the loop (one removal and one insertion), so the score in
 * ops/us is millions of events per second. Increments are drawn before the clock starts into a
 * power-of-two array, from one of two {@link Increments}: exponential with a mean of 1 ms, the
 * classic hold-model input (Jones, "An empirical comparison of priority-queue and event-set
 * implementations", CACM 1986), or a chat request's mix of millisecond CPU bursts and second-long
 * LLM waits. {@link #queueHold} is billsim's calendar queue, {@link #radixHold} the radix heap it
 * replaced and {@link #heapHold} the 4-ary heap before that; {@link #schedulerHold} runs the loop
 * through the typed {@link Scheduler} at one size; {@link #baseline} only reads the inputs, the
 * floor under all of them.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar EventQueueBenchmark -f 1 -t 1
 * -prof gc -rf json -rff benchmarks/results/event-queue.json}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EventQueueBenchmark {
  /** 2^20 increments: 8 MB, read sequentially, so the prefetcher hides them. */
  static final int INCREMENTS = 1 << 20;

  static final int MASK = INCREMENTS - 1;

  static final long MEAN_INCREMENT_NANOS = 1_000_000;

  /** Takes the earliest event and schedules its successor, one increment later. */
  @Benchmark
  public long queueHold(QueueState state) {
    EventQueue queue = state.queue;
    long timeNanos = queue.peekTimeNanos();
    long payload = queue.removeFirst(); // as the scheduler takes an event
    queue.add(timeNanos + state.incrementNanos[state.index++ & MASK], payload);
    return timeNanos;
  }

  /** Does the same on the radix heap billsim used before the calendar queue: a comparison. */
  @Benchmark
  public long radixHold(RadixState state) {
    RadixHeapQueue queue = state.queue;
    long timeNanos = queue.peekTimeNanos();
    long payload = queue.peekPayload();
    queue.removeFirst();
    queue.add(timeNanos + state.incrementNanos[state.index++ & MASK], payload);
    return timeNanos;
  }

  /** Does the same on the 4-ary heap billsim used first: a comparison. */
  @Benchmark
  public long heapHold(HeapState state) {
    FourAryHeapQueue queue = state.queue;
    long timeNanos = queue.peekTimeNanos();
    long payload = queue.peekPayload();
    queue.removeFirst();
    queue.add(timeNanos + state.incrementNanos[state.index++ & MASK], payload);
    return timeNanos;
  }

  /** Does the same through the typed scheduler, which also keeps the clock and decodes kinds. */
  @Benchmark
  public long schedulerHold(SchedulerState state) {
    Scheduler<SchedulerState.Kind> scheduler = state.scheduler;
    scheduler.next();
    scheduler.schedule(
        scheduler.nowNanos() + state.incrementNanos[state.index++ & MASK],
        scheduler.kind(),
        scheduler.subject());
    return scheduler.nowNanos();
  }

  /** Reads one increment and advances a clock: the cost of the inputs and the harness alone. */
  @Benchmark
  public long baseline(SchedulerState state) {
    return state.nowNanos += state.incrementNanos[state.index++ & MASK];
  }

  /** The distributions of the time from an event to its successor. */
  public enum Increments {
    /** Exponential with a mean of 1 ms: the classic hold model. */
    EXPONENTIAL,
    /**
     * A chat request's events (scenarios/llm-chat.yaml): three in four a CPU burst, exponential
     * with a mean of 2 ms; one in four an LLM wait, log-normal with a median of 2.5 s and a p99 of
     * 8 s.
     */
    CHAT
  }

  /**
   * Holds a bare queue at each size, from cache-resident to far larger than the caches; 4,096 is
   * about what SimulationBenchmark's idle-heavy load keeps pending (2,800 requests in flight).
   */
  @State(Scope.Thread)
  public static class QueueState {
    /** The number of pending events, held constant. */
    @Param({"16", "1024", "4096", "65536", "1048576"})
    int size;

    /** How far ahead each event schedules its successor. */
    @Param({"EXPONENTIAL", "CHAT"})
    Increments increments;

    long[] incrementNanos;
    EventQueue queue;
    int index;

    /** Fills the queue with {@code size} events at time zero plus one increment each. */
    @Setup
    public void setUp() {
      incrementNanos = increments(increments, 42);
      queue = new EventQueue(size);
      for (index = 0; index < size; index++) {
        queue.add(incrementNanos[index & MASK], index);
      }
    }
  }

  /** Holds a radix heap at the same sizes and increments as {@link QueueState}. */
  @State(Scope.Thread)
  public static class RadixState {
    /** The number of pending events, held constant. */
    @Param({"16", "1024", "4096", "65536", "1048576"})
    int size;

    /** How far ahead each event schedules its successor. */
    @Param({"EXPONENTIAL", "CHAT"})
    Increments increments;

    long[] incrementNanos;
    RadixHeapQueue queue;
    int index;

    /** Fills the heap with {@code size} events at time zero plus one increment each. */
    @Setup
    public void setUp() {
      incrementNanos = increments(increments, 42);
      queue = new RadixHeapQueue(size);
      for (index = 0; index < size; index++) {
        queue.add(incrementNanos[index & MASK], index);
      }
    }
  }

  /** Holds a 4-ary heap at the same sizes and increments as {@link QueueState}. */
  @State(Scope.Thread)
  public static class HeapState {
    /** The number of pending events, held constant. */
    @Param({"16", "1024", "4096", "65536", "1048576"})
    int size;

    /** How far ahead each event schedules its successor. */
    @Param({"EXPONENTIAL", "CHAT"})
    Increments increments;

    long[] incrementNanos;
    FourAryHeapQueue queue;
    int index;

    /** Fills the heap with {@code size} events at time zero plus one increment each. */
    @Setup
    public void setUp() {
      incrementNanos = increments(increments, 42);
      queue = new FourAryHeapQueue(size);
      for (index = 0; index < size; index++) {
        queue.add(incrementNanos[index & MASK], index);
      }
    }
  }

  /** Holds a scheduler at one size typical of a busy run's pending events. */
  @State(Scope.Thread)
  public static class SchedulerState {
    /** Stand-ins for a run's event kinds. */
    enum Kind {
      ARRIVAL,
      START,
      STEP_END,
      TIMER
    }

    static final int SIZE = 1024;

    long[] incrementNanos;
    Scheduler<Kind> scheduler;
    int index;
    long nowNanos;

    /** Fills the scheduler with {@link #SIZE} events of every kind in turn. */
    @Setup
    public void setUp() {
      incrementNanos = increments(Increments.EXPONENTIAL, 42);
      scheduler = new Scheduler<>(Kind.class, SIZE);
      Kind[] kinds = Kind.values();
      for (index = 0; index < SIZE; index++) {
        scheduler.schedule(incrementNanos[index & MASK], kinds[index % kinds.length], index);
      }
    }
  }

  /** Draws {@link #INCREMENTS} increments of the given kind, at least 1 ns each. */
  static long[] increments(Increments kind, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] increments = new long[INCREMENTS];
    double mu = Math.log(2.5e9);
    double sigma = (Math.log(8e9) - mu) / 2.3263478740408408; // p99 = e^(mu + z99 sigma)
    for (int i = 0; i < INCREMENTS; i++) {
      double draw;
      if (kind == Increments.CHAT && random.nextInt(4) == 0) {
        draw = Math.exp(mu + sigma * MeterInputs.gaussian(random));
      } else {
        // Inversion: -ln(1 - U) is exponential with mean 1 for U uniform in [0, 1).
        double mean = kind == Increments.CHAT ? 2 * MEAN_INCREMENT_NANOS : MEAN_INCREMENT_NANOS;
        draw = -Math.log1p(-random.nextDouble()) * mean;
      }
      increments[i] = Math.max(1, Math.round(draw));
    }
    return increments;
  }
}
