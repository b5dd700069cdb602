package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks {@code billsim sweep --shard K/N} and {@code billsim sweep merge}: the merged parts give
 * the unsharded sweep's files byte for byte, and a missing, repeated, foreign, edited or cut part
 * is refused with a message naming it, exit 2 and nothing written.
 */
class SweepShardTest {
  /** A grid of 12 points on three platforms, two replications: 72 jobs. */
  private static final List<String> GRID =
      List.of(
          "--vary", "rate=1/s,2/s,4/s",
          "--vary", "memory=128MB,512MB,1024MB,2048MB",
          "--replications", "2");

  @TempDir Path dir;

  private static String params() {
    return Cli.resource("params.yaml").toString();
  }

  private Cli.Result sweep(Path out, List<String> options, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", params(), "--out", out.toString(), "-q"));
    args.addAll(options);
    args.addAll(List.of(more));
    return Cli.runOk(args.toArray(String[]::new));
  }

  /** Runs every shard of {@code count} into {@code parts/K} and returns the part directories. */
  private List<Path> shards(Path parts, List<String> options, int count) {
    List<Path> dirs = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      Path part = parts.resolve(Integer.toString(k));
      sweep(part, options, "--shard", k + "/" + count);
      dirs.add(part);
    }
    return dirs;
  }

  private static Cli.Result merge(Path out, List<Path> parts) {
    List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", out.toString(), "-q"));
    parts.forEach(part -> args.add(part.toString()));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void merge_ofSixtyFourParts_writesTheUnshardedSweepsFilesByteForByte() throws IOException {
    Path whole = dir.resolve("whole");
    Cli.Result unsharded = sweep(whole, GRID);
    List<Path> parts = shards(dir.resolve("parts"), GRID, 64);
    Path merged = dir.resolve("merged");

    Cli.Result result = merge(merged, parts);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo(unsharded.out());
    assertThat(Cli.files(merged)).isEqualTo(Cli.files(whole)).contains("sweep.json");
    for (String file : Cli.files(whole)) {
      assertThat(Files.readAllBytes(merged.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
  }

  @Test
  void shards_splitTheJobsRoundRobin_eachJobInExactlyOnePart() throws IOException {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 5);
    TreeSet<Integer> all = new TreeSet<>();
    Pattern job = Pattern.compile("\\{\"job\":(\\d+),");
    for (int k = 1; k <= 5; k++) {
      String text = Files.readString(parts.get(k - 1).resolve("part.json"), StandardCharsets.UTF_8);
      assertThat(text).contains("\"shard\":\"" + k + "/5\"", "\"jobs\":72");
      Matcher matcher = job.matcher(text);
      while (matcher.find()) {
        int index = Integer.parseInt(matcher.group(1));
        assertThat(index % 5).as("job %d in shard %d", index, k).isEqualTo(k - 1);
        assertThat(all.add(index)).as("job %d twice", index).isTrue();
      }
    }
    assertThat(all).hasSize(72).first().isEqualTo(0);
    assertThat(all.last()).isEqualTo(71);
  }

  @Test
  void shards_moreThanJobs_writeEmptyParts_andTheMergeIsStillTheSweep() throws IOException {
    List<String> line = List.of("--vary", "rate=1/s,2/s"); // 6 jobs
    Path whole = dir.resolve("whole");
    sweep(whole, line);
    List<Path> parts = shards(dir.resolve("parts"), line, 10);
    assertThat(Files.readString(parts.get(9).resolve("part.json"))).contains("\"results\":[\n]}");

    Cli.Result result = merge(dir.resolve("merged"), parts);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("merged/sweep.json")))
        .isEqualTo(Files.readAllBytes(whole.resolve("sweep.json")));
  }

  @Test
  void merge_refusesADataFileThatChangedSinceTheShardsReadIt() throws IOException {
    Path study = dir.resolve("study");
    Files.createDirectories(study);
    Path trace = study.resolve("trace.csv");
    Files.writeString(trace, "t\n0.0\n0.5\n1.2\n2.0\n");
    Path scenario = study.resolve("traced.yaml");
    Files.writeString(
        scenario,
        String.join(
            "\n",
            "name: traced",
            "horizon: 1m",
            "parameters: {cpu: 2ms}",
            "traffic: {arrivals: trace, file: trace.csv, column: t, loop: true}",
            "requests: [{name: r, steps: [{cpu: '${cpu}'}]}]",
            "platforms: [{name: lambda, model: lambda}, {name: workers, model: workers}]",
            ""));
    List<Path> parts = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      Path part = dir.resolve("parts/" + k);
      Cli.runOk(
          "sweep",
          scenario.toString(),
          "--vary",
          "cpu=1ms,5ms",
          "--shard",
          k + "/2",
          "--out",
          part.toString(),
          "-q");
      parts.add(part);
    }
    assertThat(Files.readString(parts.get(0).resolve("part.json")))
        .contains(trace.toAbsolutePath().toString(), scenario.toAbsolutePath().toString());
    assertThat(merge(dir.resolve("ok"), parts).exitCode()).isZero();

    Files.writeString(trace, "t\n0.0\n0.1\n");

    assertRefused(
        merge(dir.resolve("out"), parts),
        "billsim: " + trace.toAbsolutePath() + ": expected the data file as the shards read it",
        "got a file that has changed since");
  }

  @Test
  void merge_refusesAPartOfAnotherBuild() throws IOException {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    Path file = parts.get(0).resolve("part.json");
    Files.writeString(
        file,
        Files.readString(file)
            .replaceFirst("\"build\":\"[^\"]*\"", "\"build\":\"19990101000000\""));
    assertRefused(merge(dir.resolve("out"), parts), "built 19990101000000");
  }

  @Test
  void merge_refusesNumbersWrittenAsTextAndPathsThatAreNot() throws IOException {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    Path file = parts.get(1).resolve("part.json");
    String text = Files.readString(file);

    Files.writeString(
        file, text.replaceFirst("\"meanConcurrency\":[^,]*,", "\"meanConcurrency\":\"NaN\","));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "results[0].usage: expected a usage written by billsim, got field meanConcurrency:");

    Files.writeString(
        file, text.replaceFirst("\"loadBalancer\":\\[[^\\]]*\\]", "\"loadBalancer\":[null]"));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "got a usage: missing, null, out of range or of the wrong type");

    Files.writeString(file, text.replaceFirst("\"directory\":\"", "\"directory\":\"\\u0000"));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "request.directory: expected a field directory: an absolute path");
  }

  @Test
  void merge_refusesAMissingPart() {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 4);
    parts.remove(2);
    assertRefused(
        merge(dir.resolve("out"), parts),
        "expected all 4 shards of the sweep, got no shard 3 of 4");
  }

  @Test
  void merge_refusesAPartGivenTwice() {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    parts.add(parts.get(0));
    assertRefused(
        merge(dir.resolve("out"), parts), "expected each shard once, got shard 1/2 again");
  }

  @Test
  void merge_refusesAPartOfAnotherSweep_namingWhatDiffers() {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    Path foreign = dir.resolve("foreign");
    sweep(foreign, GRID, "--seed", "99", "--shard", "2/2");
    assertRefused(
        merge(dir.resolve("out"), List.of(parts.get(0), foreign)),
        "expected a part of the same sweep as",
        "got a part whose --seed (99 against null) differs");

    Path otherGrid = dir.resolve("other-grid");
    List<String> other = new ArrayList<>(GRID);
    other.set(1, "rate=1/s,2/s");
    sweep(otherGrid, other, "--shard", "2/2");
    assertRefused(
        merge(dir.resolve("out"), List.of(parts.get(0), otherGrid)), "got a part whose --vary");

    Path otherCount = dir.resolve("other-count");
    sweep(otherCount, GRID, "--shard", "2/3");
    assertRefused(
        merge(dir.resolve("out"), List.of(parts.get(0), otherCount)),
        "got a part whose the number of shards (3 against 2) differs");
  }

  @Test
  void merge_refusesAPartOfAnotherBillsimVersion() throws IOException {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    Path file = parts.get(1).resolve("part.json");
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\"billsim\":\"[^\"]*\"", "\"billsim\":\"0.0.1\""));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "expected a part written by this billsim",
        "got a part of billsim 0.0.1");
  }

  @Test
  void merge_refusesACutOrEditedPart_namingTheFileAndField() throws IOException {
    List<Path> parts = shards(dir.resolve("parts"), GRID, 2);
    Path file = parts.get(1).resolve("part.json");
    String text = Files.readString(file);

    Files.writeString(file, text.substring(0, text.length() / 2));
    assertRefused(
        merge(dir.resolve("out"), parts),
        file + ":",
        "expected a part written by billsim sweep --shard (JSON)");

    Files.writeString(file, text.replaceFirst("\"jobs\":72", "\"jobs\":\"many\""));
    assertRefused(
        merge(dir.resolve("out"), parts),
        file + " jobs: expected a field jobs: number, got string");

    Files.writeString(file, text.replaceFirst("\\{\"job\":1,", "{\"job\":0,"));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "results[0].job: expected each job of shard 2/2's slice once, got job 0 of another shard");

    Files.writeString(file, text.replaceFirst("\"requests\":(\\d+)", "\"requests\":-1"));
    assertRefused(
        merge(dir.resolve("out"), parts), "results[0].usage: expected a usage written by billsim");

    Files.writeString(file, text.replaceFirst("\\n\\{\"job\":1,[^\\n]*", ""));
    assertRefused(
        merge(dir.resolve("out"), parts),
        "expected a result for every job of shard 2/2's slice, got none for job 1");
  }

  @Test
  void merge_refusesWhatIsNotAPart() {
    Path sweep = dir.resolve("sweep");
    sweep(sweep, List.of("--vary", "rate=1/s,2/s"));
    assertRefused(
        merge(dir.resolve("out"), List.of(sweep)),
        sweep.resolve("part.json")
            + ": expected a part written by billsim sweep --shard, got a directory without part.json");
    assertRefused(
        merge(dir.resolve("out"), List.of(sweep.resolve("sweep.json"))),
        "sweep.json: expected a part written by billsim sweep --shard (format: billsim-sweep-part), got another file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/4", "5/4", "4", "a/b", "1/0", "-1/4", "1/100001"})
  void shard_outOfRange_isRefusedBeforeAnythingRuns(String shard) {
    Path out = dir.resolve("part");
    Cli.Result result =
        Cli.run(
            "sweep", params(), "--vary", "rate=1/s,2/s", "--shard", shard, "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("billsim: --shard " + shard + ": expected K");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  private void assertRefused(Cli.Result result, String... messages) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).startsWith("billsim: ").contains(messages).doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
