#!/usr/bin/env bash
# Measures what Spark costs over the embedded engine, as whole processes on this machine: each
# sweep run by ./billsim (--threads 1 and 2) and by spark/submit-local (local[1] and local[2]),
# ROUNDS times each (default 3), median wall time. Three sweeps:
#   start  1 job of a few requests: the fixed cost of starting (a JVM; Spark's context)
#   tiny   360 jobs of two simulated minutes: Spark's cost per task, the jobs costing nearly nothing
#   hour   the 36-job sweep of issue 20: idle-vs-compute.yaml, 6 waits x 6 platforms, one
#          simulated hour of 20 requests/s each (72,000 requests a job)
#   day    the same at 480 requests/s: 1,728,000 requests a job, a simulated day's worth at 20/s
# SWEEPS='hour day' measures only those.
# Prints a Markdown table (docs/cluster.md keeps the one measured for it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${ROUNDS:-3}"
params=simulator/src/test/resources/dev/billsim/cli/params.yaml
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Build both launchers first, so no build is timed.
./billsim validate "$params" >/dev/null
spark/submit-local --version >/dev/null 2>&1

declare -A sweeps=(
  [start]="sweep $params --vary rate=1/s --set plan=free"
  [tiny]="sweep $params --vary rate=1/s..10/s:60 --replications 2"
  [hour]="sweep scenarios/idle-vs-compute.yaml --vary wait=0ms,20ms,60ms,180ms,380ms,980ms"
  [day]="sweep scenarios/idle-vs-compute.yaml --vary wait=0ms,20ms,60ms,180ms,380ms,980ms --set rate=480/s"
)
declare -A jobs=([start]=3 [tiny]=360 [hour]=36 [day]=36)

run() { # engine sweep -> seconds
  local engine="$1" sweep="$2" dir="$out/$RANDOM$RANDOM" start end
  start=$(date +%s%N)
  case "$engine" in
    threads-1) ./billsim ${sweeps[$sweep]} --threads 1 -q --out "$dir" >/dev/null ;;
    threads-2) ./billsim ${sweeps[$sweep]} --threads 2 -q --out "$dir" >/dev/null ;;
    local-1) BILLSIM_SPARK_MASTER='local[1]' spark/submit-local ${sweeps[$sweep]} -q --out "$dir" >/dev/null 2>"$out/log" ;;
    local-2) BILLSIM_SPARK_MASTER='local[2]' spark/submit-local ${sweeps[$sweep]} -q --out "$dir" >/dev/null 2>"$out/log" ;;
  esac
  end=$(date +%s%N)
  rm -rf "$dir"
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| sweep | jobs | billsim --threads 1 | Spark local[1] | billsim --threads 2 | Spark local[2] |"
echo "|---|---:|---:|---:|---:|---:|"
for sweep in ${SWEEPS:-start tiny hour day}; do
  row="| $sweep | ${jobs[$sweep]} |"
  for engine in threads-1 local-1 threads-2 local-2; do
    times=""
    for ((i = 0; i < rounds; i++)); do
      times="$times $(run "$engine" "$sweep")"
    done
    row="$row $(echo $times | median) s |"
  done
  echo "$row"
done
echo "(median of $rounds, wall time of the whole command, $(nproc) cores, $(date -u +%Y-%m-%d))"
