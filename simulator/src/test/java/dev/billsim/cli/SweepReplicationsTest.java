package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code sweep --replications}: each point's means and intervals equal those of {@code run
 * --set ... --replications} at that point, whatever the thread count.
 */
class SweepReplicationsTest {
  @TempDir Path dir;

  private static Cli.Result ok(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as("stderr:%n%s", result.err()).isZero();
    return result;
  }

  @Test
  void eachReplicatedPoint_equalsAReplicatedRunAtThatPoint() throws IOException {
    String params = Cli.resource("params.yaml").toString();
    Path out = dir.resolve("s");
    ok(
        "sweep",
        params,
        "--vary",
        "rate=1/s,4/s",
        "--replications",
        "3",
        "--out",
        out.toString(),
        "-q",
        "--threads",
        "3");
    List<String> sweep = Files.readString(out.resolve("sweep.csv")).lines().toList();
    assertThat(sweep.get(0)).startsWith("rate,platform,replications,total_usd,total_usd_ci95_low");
    String run =
        ok(
                "run",
                params,
                "--set",
                "rate=4/s",
                "--replications",
                "3",
                "--format",
                "csv",
                "-q",
                "--threads",
                "1")
            .out();
    List<String> runRows = run.lines().skip(1).toList();
    List<String> sweepRows = sweep.stream().filter(l -> l.startsWith("4/s,")).toList();
    assertThat(sweepRows).hasSameSizeAs(runRows);
    for (int i = 0; i < runRows.size(); i++) {
      // run: scenario,seed,replications,platform,model,<quantities>; sweep: rate,platform,
      // replications,<quantities>.
      List<String> r = List.of(runRows.get(i).split(",", -1));
      List<String> s = List.of(sweepRows.get(i).split(",", -1));
      assertThat(s.get(1)).isEqualTo(r.get(3));
      assertThat(s.subList(3, s.size())).isEqualTo(r.subList(5, r.size()));
    }
    Path again = dir.resolve("t");
    ok(
        "sweep",
        params,
        "--vary",
        "rate=1/s,4/s",
        "--replications",
        "3",
        "--out",
        again.toString(),
        "-q",
        "--threads",
        "1");
    for (String file : List.of("sweep.csv", "sweep.json", "sweep.txt")) {
      assertThat(Files.readString(again.resolve(file)))
          .isEqualTo(Files.readString(out.resolve(file)));
    }
  }

  @Test
  void replicationsZero_isABadInput() {
    Cli.Result result =
        Cli.run(
            "sweep",
            Cli.resource("params.yaml").toString(),
            "--vary",
            "rate=1/s,2/s",
            "--replications",
            "0",
            "--out",
            dir.resolve("x").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--replications").contains("expected 1 to 1000");
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
