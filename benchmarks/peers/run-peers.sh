#!/usr/bin/env bash
# Runs the same M/M/1 queue in billsim, SSJ and SimPy, one after the other, and prints customers
# per second for each, the ratios to billsim, and each one's mean wait against theory.
#
# Usage, from anywhere:  benchmarks/peers/run-peers.sh [CUSTOMERS_FOR_SIMPY]
#
# The model is scenarios/mm1.yaml: Poisson arrivals at lambda = 800/s, one server with exponential
# service of mean 1/mu = 1 ms (rho = 0.8), first come first served. billsim runs the file itself
# through its normal runner and ec2 model (dev.billsim.benchmarks.ScenarioTimer); the peers run as
# many customers as billsim's run had (about 10 M; SimPy, slow, may be given fewer). Each engine
# times its own simulation in its own process, start-up and loading left out; the wall column is
# the whole process, start-up included. A last row, billsim-cli, is the command a user types,
# `./billsim run scenarios/mm1.yaml` (its launcher's class-data sharing and serial collector, the
# report printed): it has no timer of its own, so its seconds are its wall time, start-up, scenario
# and catalog loading and the report included. Theory: Wq = rho / (mu - lambda) = 4 ms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peers="$root/benchmarks/peers"
scenario="$root/scenarios/mm1.yaml"
lambda=800
mu=1000
seed=1

# The peers hard-code the model, so check that the scenario still says the same.
grep -q '^  rate: 800/s$' "$scenario" && grep -q 'cpu: {exponential: {mean: 1ms}}' "$scenario" || {
  echo "run-peers: $scenario no longer has lambda = 800/s and 1/mu = 1 ms; update this script" >&2
  exit 2
}

mvn_package() { # offline first (the usual developer machine), then online
  (cd "$1" && { mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package; })
}
echo "run-peers: building billsim's benchmarks jar and the SSJ peer..." >&2
mvn_package "$root"
mvn_package "$peers/ssj"

if ! /usr/bin/python3 -c 'import simpy' 2>/dev/null; then
  echo "run-peers: installing python3-simpy3 (Debian) for SimPy..." >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "run-peers: need root or sudo to install python3-simpy3" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-simpy3 >/dev/null
fi

results="$(mktemp)"
trap 'rm -f "$results" "$results.json"' EXIT
run() { # NAME COMMAND...: runs one engine, appends its line with the process's wall seconds
  local start end line
  echo "run-peers: running $1..." >&2
  start=$(date +%s%N)
  line="$("${@:2}")"
  end=$(date +%s%N)
  echo "$line wall_ms=$(((end - start) / 1000000))" >>"$results"
  echo "$line"
}

# The launcher makes its class-data sharing archive on its first run after a build: not timed.
"$root/billsim" --version >/dev/null 2>&1

billsim_line="$(run billsim java -Xms1g -Xmx1g -cp "$root/benchmarks/target/benchmarks.jar" \
  dev.billsim.benchmarks.ScenarioTimer "$scenario" 1)"
customers="$(sed -E 's/.*customers=([0-9]+).*/\1/' <<<"$billsim_line")"
run ssj java -Xms1g -Xmx1g -jar "$peers/ssj/target/mm1-ssj.jar" "$customers" $lambda $mu $seed >/dev/null
run simpy /usr/bin/python3 "$peers/simpy/mm1_simpy.py" "${1:-$customers}" $lambda $mu $seed >/dev/null

# The whole command, timed from outside; its JSON report gives the customers and the mean wait
# (latency mean minus mean CPU time, as ScenarioTimer computes it).
echo "run-peers: running billsim-cli (./billsim run)..." >&2
start=$(date +%s%N)
"$root/billsim" run "$scenario" --format json -q >"$results.json"
end=$(date +%s%N)
/usr/bin/python3 - "$results.json" "$(((end - start) / 1000000))" >>"$results" <<'PY'
import json, sys
wall_ms = int(sys.argv[2])
m = json.load(open(sys.argv[1]))["platforms"][0]["metrics"]
wait_s = m["latency_ms"]["mean"] / 1e3 - m["cpu_s"] / m["completed"]
print(f"engine=billsim-cli customers={m['requests']} seconds={wall_ms / 1e3:.3f} mean_wait_s={wait_s:.9f} wall_ms={wall_ms}")
PY

/usr/bin/python3 - "$results" $lambda $mu <<'PY'
import sys
path, lam, mu = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(path) if line.strip()]
theory = (lam / mu) / (mu - lam)
base = None
print(f"M/M/1, lambda = {lam:g}/s, mu = {mu:g}/s, rho = {lam / mu:g}; theory Wq = rho / (mu - lambda) = {theory * 1e3:.3f} ms")
print(f"{'engine':11} {'customers':>11} {'seconds':>8} {'customers/s':>12} {'ratio':>7} {'wall s':>7} {'mean wait ms':>13} {'theory ms':>10} {'rel. error':>10}")
for r in rows:
    customers, seconds, wait = int(r["customers"]), float(r["seconds"]), float(r["mean_wait_s"])
    rate = customers / seconds
    base = base or rate
    print(f"{r['engine']:11} {customers:>11,} {seconds:>8.3f} {rate:>12,.0f} {rate / base:>7.3f} {int(r['wall_ms']) / 1e3:>7.2f} {wait * 1e3:>13.4f} {theory * 1e3:>10.3f} {(wait - theory) / theory:>+10.2%}")
print("ratio: customers/s relative to billsim; seconds: the simulation alone, timed in-process (billsim-cli: the whole command); wall s: the whole process")
PY
