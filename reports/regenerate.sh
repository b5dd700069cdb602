#!/usr/bin/env bash
# Regenerates every report in reports/: each bundled scenario's run (reports/NAME/) and the two
# bundled sweeps (reports/idle-vs-compute-sweep/, reports/traffic-growth-sweep/,
# reports/lambda-memory-sweep/), with charts,
# index.html and summary.md. Run from anywhere: ./reports/regenerate.sh
#
# The output is deterministic: the same sources give byte-identical files (on one JDK; PNG pixels
# may differ between JDKs), so a diff after regenerating shows what a change did to the results.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

for scenario in scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  rm -rf "reports/$name"
  ./billsim run "$scenario" --out "reports/$name" -q >/dev/null
done

# The sweeps of docs/sweeps.md and the README, with the values their scenario files suggest.
rm -rf reports/idle-vs-compute-sweep reports/traffic-growth-sweep reports/lambda-memory-sweep
./billsim sweep scenarios/idle-vs-compute.yaml \
  --vary wait=0ms,20ms,60ms,180ms,380ms,980ms,1980ms -q >/dev/null
./billsim sweep scenarios/traffic-growth.yaml --vary rate=1/s..1000/s:7:log -q >/dev/null
./billsim sweep scenarios/lambda-memory.yaml --vary memory=128MB..3008MB:10 -q >/dev/null

echo "reports/: $(find reports -type f | wc -l) files, $(du -sh reports | cut -f1)" >&2
