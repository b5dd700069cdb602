package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds the shared tape to what each run would draw itself, with tiny chunks and many threads. */
class TrafficTapeTest {
  private static final long SEED = 11;

  private static final String TWO_CLASSES =
      """
      name: t
      horizon: 2m
      seed: 11
      traffic: {arrivals: poisson, rate: 40/s}
      requests:
        - name: chat
          weight: 3
          steps: [{cpu: {exponential: {mean: 2ms}}}, {io: {lognormal: {median: 1s, p99: 4s}}}, {cpu: 1ms}]
        - name: search
          weight: 1
          steps: [{cpu: 9ms}]
      platforms: [{name: w, model: workers}]
      """;

  @TempDir Path dir;

  /** Everything a reader tells about one arrival, in one comparable string. */
  private static String describe(ArrivalFeed feed, long arrival, int columns, int[] stepCounts) {
    if (arrival == ArrivalProcess.NONE) {
      return "end";
    }
    int c = feed.requestClass();
    long[] steps = new long[stepCounts[c]];
    feed.arrivalSteps(steps, 0);
    StringBuilder row = new StringBuilder().append(arrival).append(' ').append(c);
    for (long step : steps) {
      row.append(' ').append(step);
    }
    for (int k = 0; k < columns; k++) {
      row.append(' ').append(feed.attribute(k));
    }
    return row.toString();
  }

  /** Reads a feed to its end (and once more past it, which must stay at the end). */
  private static List<String> readAll(ArrivalFeed feed, Workload workload) {
    TrafficSource shape = new TrafficSource(workload, new RandomStreams(SEED));
    int[] stepCounts = new int[workload.classes().size()];
    for (int c = 0; c < stepCounts.length; c++) {
      stepCounts[c] = shape.stepCount(c);
    }
    List<String> rows = new ArrayList<>();
    long arrival;
    do {
      arrival = feed.nextArrivalNanos();
      rows.add(describe(feed, arrival, shape.columnCount(), stepCounts));
    } while (arrival != ArrivalProcess.NONE);
    rows.add(describe(feed, feed.nextArrivalNanos(), 0, stepCounts));
    return rows;
  }

  /** What one reader saw: its arrivals, or what it failed with. */
  private record Seen(List<String> rows, Throwable failure) {}

  /** Reads each reader of the tape to its end, all at once, each on its own thread. */
  private static List<Seen> readConcurrently(TrafficTape tape, int readers, Workload w)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        TrafficTape.Reader reader = tape.reader(i);
        futures.add(pool.submit(() -> readAll(reader, w)));
      }
      List<Seen> all = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        try {
          all.add(new Seen(future.get(60, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          all.add(new Seen(null, e.getCause()));
        }
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Loads a one-class scenario replaying dir/trace.csv, its tokens column read by an LLM step. */
  private Workload replay(String horizon, String traffic) throws Exception {
    String yaml =
        String.join(
            "\n",
            "name: replay",
            "horizon: " + horizon,
            "seed: 11",
            "traffic: " + traffic,
            "requests:",
            "  - name: chat",
            "    steps: [{llm: {ttft: 400ms, itl: 10ms, tokens: {column: tokens}}}]",
            "platforms: [{name: w, model: workers}]");
    return new ScenarioLoader(PriceCatalog.builtIn()).parse(yaml, "replay.yaml", dir).workload();
  }

  @Test
  void everyReader_seesExactlyWhatARunDrawingItsOwnTrafficSees() throws Exception {
    Workload workload = TestScenarios.parse(TWO_CLASSES).workload();
    List<String> own = readAll(new TrafficSource(workload, new RandomStreams(SEED)), workload);
    assertThat(own).hasSizeGreaterThan(4000).endsWith("end", "end");
    // Chunks of 7 requests in a ring of 2: readers wait for one another hundreds of times.
    for (int chunk : new int[] {1, 7, 4096}) {
      TrafficTape tape = new TrafficTape(workload, new RandomStreams(SEED), 4, chunk, 2);
      for (Seen seen : readConcurrently(tape, 4, workload)) {
        assertThat(seen.rows()).as("chunk %d", chunk).isEqualTo(own);
      }
    }
  }

  @Test
  void traceColumns_travelWithTheirArrival() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,tokens\n0,100\n10,200\n10,300\n25,400\n90,5\n");
    Workload workload =
        replay("1s", "{arrivals: trace, file: trace.csv, column: t, format: ms, loop: true}");
    List<String> own = readAll(new TrafficSource(workload, new RandomStreams(SEED)), workload);
    // A looped 5-row trace over 1 s: tokens 100 to 5 come round again; the LLM wait follows them.
    assertThat(own).hasSizeGreaterThan(40);
    assertThat(own.get(1)).endsWith(" 200.0");
    TrafficTape tape = new TrafficTape(workload, new RandomStreams(SEED), 3, 3, 2);
    for (Seen seen : readConcurrently(tape, 3, workload)) {
      assertThat(seen.rows()).isEqualTo(own);
    }
  }

  @Test
  void aReaderARingAhead_waitsForTheSlowest_untilItCloses() throws Exception {
    Workload workload = TestScenarios.parse(TWO_CLASSES).workload();
    TrafficTape tape = new TrafficTape(workload, new RandomStreams(SEED), 2, 5, 3);
    TrafficTape.Reader slow = tape.reader(1);
    slow.nextArrivalNanos(); // on chunk 0: the fast reader may draw chunks 1 and 2, not 3
    AtomicInteger read = new AtomicInteger();
    Thread fast =
        new Thread(
            () -> {
              TrafficTape.Reader reader = tape.reader(0);
              while (reader.nextArrivalNanos() != ArrivalProcess.NONE) {
                read.incrementAndGet();
              }
            });
    fast.setDaemon(true); // a failed assertion must not leave it waiting behind the test
    fast.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (fast.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(fast.getState()).isEqualTo(Thread.State.WAITING);
    // Three chunks of five (0 to 2) read; waiting for chunk 3 to be drawn into chunk 0's slot.
    assertThat(read.get()).isEqualTo(15);
    slow.close();
    fast.join(30_000);
    assertThat(fast.isAlive()).isFalse();
    assertThat(read.get()).isGreaterThan(4000);
  }

  @Test
  void aFailedDraw_failsEveryReader_andNoneWaitsForever() throws Exception {
    // The trace is checked when the scenario loads, then changes on disk: the draw that reaches the
    // bad row fails, and every reader must see that failure rather than wait for the chunk.
    StringBuilder rows = new StringBuilder("t,tokens\n");
    for (int i = 0; i < 200; i++) {
      rows.append(i * 10).append(',').append(100 + i).append('\n');
    }
    Path trace = dir.resolve("trace.csv");
    Files.writeString(trace, rows);
    Workload workload = replay("1h", "{arrivals: trace, file: trace.csv, column: t, format: ms}");
    Files.writeString(trace, rows.toString().replace("\n1500,250\n", "\n1500,many\n"));
    TrafficTape tape = new TrafficTape(workload, new RandomStreams(SEED), 3, 7, 2);
    for (Seen seen : readConcurrently(tape, 3, workload)) {
      assertThat(seen.failure())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("changed after it was checked")
          .hasMessageContaining("'many'");
    }
  }

  @Test
  void sessions_cannotBeTaped() {
    Workload sessions =
        TestScenarios.parse(
                """
                name: s
                horizon: 1m
                traffic:
                  arrivals: poisson
                  rate: 1/s
                  sessions: {interactions: 3, think-time: 2s}
                requests: [{name: r, steps: [{cpu: 1ms}]}]
                platforms: [{name: w, model: workers}]
                """)
            .workload();
    assertThat(TrafficTape.canTape(sessions)).isFalse();
    assertThatThrownBy(() -> new TrafficTape(sessions, new RandomStreams(SEED), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open-loop");
  }

  @Test
  void inTurn_readersReadOnlyTheChunksAllowed_thenTheRequestsTheSourceDraws() {
    Workload workload = TestScenarios.parse(TWO_CLASSES).workload();
    List<String> drawn = readAll(new TrafficSource(workload, new RandomStreams(SEED)), workload);
    TrafficTape tape = TrafficTape.inTurn(workload, new RandomStreams(SEED), 2, 5);
    TrafficTape.Reader first = tape.reader(0);
    TrafficTape.Reader second = tape.reader(1);
    int[] stepCounts = {3, 1};

    assertThat(first.ready()).isFalse(); // no chunk allowed yet
    List<String> firstRead = new ArrayList<>();
    List<String> secondRead = new ArrayList<>();
    for (long chunks = 1; firstRead.size() < drawn.size(); chunks++) {
      tape.allowChunks(chunks);
      // Each reader reads exactly one more chunk of 5, in turn, on this one thread.
      for (int i = 0; i < 5 && firstRead.size() < drawn.size(); i++) {
        assertThat(first.ready()).isTrue();
        firstRead.add(describe(first, first.nextArrivalNanos(), 0, stepCounts));
      }
      if (!firstRead.get(firstRead.size() - 1).equals("end")) {
        assertThat(first.ready()).as("past the chunks allowed").isFalse();
      }
      while (second.ready() && secondRead.size() < firstRead.size()) {
        secondRead.add(describe(second, second.nextArrivalNanos(), 0, stepCounts));
      }
    }
    assertThat(firstRead).isEqualTo(drawn);
    assertThat(secondRead).isEqualTo(drawn);
  }

  @Test
  void allowChunks_onATapeReadByThreads_orBackwards_isRefused() {
    Workload workload = TestScenarios.parse(TWO_CLASSES).workload();
    TrafficTape threaded = new TrafficTape(workload, new RandomStreams(SEED), 2);
    assertThatThrownBy(() -> threaded.allowChunks(1)).isInstanceOf(IllegalStateException.class);
    TrafficTape inTurn = TrafficTape.inTurn(workload, new RandomStreams(SEED), 2, 5);
    inTurn.allowChunks(2);
    assertThatThrownBy(() -> inTurn.allowChunks(1)).isInstanceOf(IllegalStateException.class);
  }
}
