#!/usr/bin/env bash
# Compares the start-up of two git revisions as whole processes: each revision's ./billsim (built
# in a temporary worktree, with whatever start-up it has) runs `validate scenarios/llm-chat.yaml`
# and a one-minute run of llm-chat, alternately (A B A B ...) ROUNDS times (default 15), and the
# medians and their ratio A/B are printed. Alternating cancels the machine's slow drifts; read the
# ratio, not the milliseconds (benchmarks/README.md, "Start-up").
#
#   benchmarks/startup.sh 4f8af5c HEAD
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="${1:?usage: benchmarks/startup.sh REVISION_A REVISION_B}"
b="${2:?usage: benchmarks/startup.sh REVISION_A REVISION_B}"
rounds="${ROUNDS:-15}"
work="$(mktemp -d)"
cleanup() {
  git -C "$root" worktree remove --force "$work/a" >/dev/null 2>&1 || true
  git -C "$root" worktree remove --force "$work/b" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

for side in a b; do
  rev="$a"
  [ "$side" = b ] && rev="$b"
  echo "startup: building $rev..." >&2
  git -C "$root" worktree add -q --detach "$work/$side" "$rev"
  (cd "$work/$side" && mvn -q -B -o -DskipTests -DskipITs -pl simulator -am package >/dev/null 2>&1 ||
    mvn -q -B -DskipTests -DskipITs -pl simulator -am package >/dev/null)
  # One run first: the wrappers that make a class-data sharing archive make it now, untimed.
  "$work/$side/billsim" validate "$root/scenarios/llm-chat.yaml" >/dev/null 2>&1
done
sed 's/^horizon: 1d$/horizon: 1m/' "$root/scenarios/llm-chat.yaml" >"$work/llm-chat-1m.yaml"

millis() { # command...: wall milliseconds of one run; a failed run stops the comparison
  local start end
  start=$(date +%s%N)
  if ! "$@" >/dev/null 2>"$work/err"; then
    echo "startup: failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{x[NR]=$1} END {print x[int((NR+1)/2)]}'; }

compare() { # label, then the arguments of billsim
  local label="$1" ta="" tb=""
  shift
  for ((i = 0; i < rounds; i++)); do
    ta="$ta $(millis "$work/a/billsim" "$@")"
    tb="$tb $(millis "$work/b/billsim" "$@")"
  done
  local ma mb
  ma=$(echo "$ta" | median)
  mb=$(echo "$tb" | median)
  printf '%-28s %s: %5s ms   %s: %5s ms   A/B %s\n' "$label" "$a" "$ma" "$b" "$mb" \
    "$(echo "scale=2; $ma / $mb" | bc)"
}

compare "validate llm-chat" validate "$root/scenarios/llm-chat.yaml"
compare "run llm-chat, 1 minute" run "$work/llm-chat-1m.yaml" -q
echo "(medians of $rounds alternated runs, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC)"
