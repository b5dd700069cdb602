#!/usr/bin/env bash
# Benchmarks two git revisions against each other and flags regressions.
#
# Usage, from anywhere in the repository:
#   benchmarks/regress.sh A B [REGEX]            # A against B, interleaved rounds
#   benchmarks/regress.sh --baseline FILE B [REGEX]  # B against a saved baseline (unpaired)
#
# Builds each revision in a temporary git worktree (`mvn -q -DskipTests package`), then runs the
# JMH benchmarks matching REGEX on A and B alternately, A B A B ..., ROUNDS times (one fork each,
# short iterations), and compares them with benchmarks/regress.py: each benchmark's B/A ratio of
# time per operation with a 95% confidence interval, flagged when the whole interval is more than
# THRESHOLD slower. Exits 1 when a regression is flagged, 2 on bad usage.
#
# Environment: ROUNDS (default 3), THRESHOLD (default 0.05), JMH_ARGS (default: short iterations
# and small sizes, below), OUT (where the JSON rounds go; default a new directory in /tmp), and
# SAVE=FILE to save B's rounds as a baseline file such as benchmarks/results/baseline.json.
set -euo pipefail

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# Every benchmark class, two queue sizes, and horizons of an hour: about 2 minutes a revision a round.
default_regex='EventQueueBenchmark.queueHold|MeterBenchmark|DistributionBenchmark|Mm1Benchmark|SimulationBenchmark'
jmh_args="${JMH_ARGS:--f 1 -wi 1 -w 1s -i 2 -r 1s -p size=1024,65536 -p horizonSeconds=3600}"
rounds="${ROUNDS:-3}"
threshold="${THRESHOLD:-0.05}"

baseline=""
if [ "${1:-}" = "--baseline" ]; then
  [ $# -ge 3 ] || usage
  baseline="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  shift 2
  revisions=("$1")
else
  [ $# -ge 2 ] || usage
  revisions=("$1" "$2")
  shift
fi
shift
regex="${1:-$default_regex}"

root="$(git rev-parse --show-toplevel)"
work="$(mktemp -d /tmp/billsim-regress.XXXXXX)"
out="${OUT:-$work/results}"
mkdir -p "$out"
trees=()
cleanup() {
  for tree in "${trees[@]}"; do git -C "$root" worktree remove --force "$tree" 2>/dev/null || true; done
  rm -rf "$work/trees"
}
trap cleanup EXIT

labels=(B)
[ -z "$baseline" ] && labels=(A B)
declare -A jar sha
for i in "${!revisions[@]}"; do
  label="${labels[$i]}"
  rev="${revisions[$i]}"
  sha[$label]="$(git -C "$root" rev-parse --verify "$rev^{commit}")" || { echo "regress: no revision $rev" >&2; exit 2; }
  tree="$work/trees/$label"
  echo "regress: building $label = $rev (${sha[$label]:0:12}) in $tree..." >&2
  git -C "$root" worktree add --quiet --detach "$tree" "${sha[$label]}"
  trees+=("$tree")
  (cd "$tree" && { mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package; })
  jar[$label]="$work/$label-benchmarks.jar"
  cp "$tree/benchmarks/target/benchmarks.jar" "${jar[$label]}"
done
cleanup
trees=()

for round in $(seq 1 "$rounds"); do
  for label in "${labels[@]}"; do
    echo "regress: round $round/$rounds, $label..." >&2
    # shellcheck disable=SC2086 # JMH_ARGS is a list of arguments
    java -jar "${jar[$label]}" "$regex" $jmh_args -rf json -rff "$out/$label-$round.json" >"$out/$label-$round.log" 2>&1 ||
      { echo "regress: JMH failed on $label, see $out/$label-$round.log" >&2; exit 1; }
  done
done

echo "regress: results in $out" >&2
compare=(python3 "$root/benchmarks/regress.py" "$out" --threshold "$threshold" --label-b "${sha[B]}")
if [ -n "$baseline" ]; then
  compare+=(--baseline "$baseline")
else
  compare+=(--label-a "${sha[A]}")
fi
[ -n "${SAVE:-}" ] && compare+=(--save "$SAVE" --save-b)
"${compare[@]}"
