#!/usr/bin/env python3
"""Compares JMH results of two revisions, A and B, round by round, for benchmarks/regress.sh.

Reads the JMH JSON files of interleaved rounds (A-1.json, B-1.json, A-2.json, ...) from a
directory, or the A rounds from a baseline file (--baseline FILE, written by --save), and prints
each benchmark's ratio B/A as time per operation (above 1: B is slower) with a 95% confidence
interval. With paired rounds the interval is a t-interval on the mean log-ratio of the rounds
(A and B of one round ran back to back, so machine noise that lasts longer than a round cancels);
against a baseline the rounds are not paired, and the interval is Welch's on the log scores.

A benchmark is flagged as a regression when its whole interval lies beyond 1 + threshold (B
slower by more than the threshold, 5% unless --threshold says otherwise); as an improvement when
it lies below 1 - threshold. Exits 1 when any regression is flagged, else 0.

Standard library only: runs on /usr/bin/python3.
"""

import argparse
import glob
import json
import math
import os
import re
import statistics
import sys

# Two-sided 95% quantiles of Student's t, by degrees of freedom; 1.96 beyond 30.
T95 = [None, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
       2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
       2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]


def t95(df):
    """Returns the two-sided 95% t quantile for df degrees of freedom (real df rounded down)."""
    df = max(1, int(math.floor(df)))
    return T95[df] if df < len(T95) else 1.96


def key(result):
    """Names one benchmark and its parameters, e.g. MeterBenchmark.meterRequest platform=LAMBDA."""
    name = result["benchmark"].replace("dev.billsim.benchmarks.", "")
    params = result.get("params") or {}
    return " ".join([name] + [f"{k}={v}" for k, v in sorted(params.items())])


def log_time_per_op(result):
    """Returns ln(time per operation) of a result: lower is faster, whatever JMH's mode."""
    score = result["primaryMetric"]["score"]
    if result["mode"] in ("thrpt",):
        return -math.log(score)
    return math.log(score)


def interval(a, b, paired):
    """Returns (ratio, low, high) of B/A in time per op, from ln-scale samples a and b."""
    if paired:
        d = [y - x for x, y in zip(a, b)]
        mean = statistics.fmean(d)
        half = t95(len(d) - 1) * statistics.stdev(d) / math.sqrt(len(d)) if len(d) > 1 else math.inf
    else:
        mean = statistics.fmean(b) - statistics.fmean(a)
        va = statistics.variance(a) / len(a) if len(a) > 1 else math.inf
        vb = statistics.variance(b) / len(b) if len(b) > 1 else math.inf
        se = math.sqrt(va + vb)
        # Welch-Satterthwaite degrees of freedom.
        df = (va + vb) ** 2 / ((va ** 2) / (len(a) - 1) + (vb ** 2) / (len(b) - 1)) if se > 0 else 1
        half = t95(df) * se
    return math.exp(mean), math.exp(mean - half), math.exp(mean + half)


def round_files(directory, label):
    """Returns the round files of A or B in round order."""
    files = glob.glob(os.path.join(directory, f"{label}-*.json"))
    return sorted(files, key=lambda p: int(re.search(r"-(\d+)\.json$", p).group(1)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", help="where regress.sh wrote A-k.json and B-k.json")
    parser.add_argument("--baseline", help="take A's rounds from this baseline file instead")
    parser.add_argument("--save", help="write A's rounds (B's with --save-b) as a baseline file")
    parser.add_argument("--save-b", action="store_true", help="save B's rounds, not A's")
    parser.add_argument("--label-a", default="A")
    parser.add_argument("--label-b", default="B")
    parser.add_argument("--threshold", type=float, default=0.05)
    args = parser.parse_args()

    b_files = round_files(args.directory, "B")
    if args.baseline:
        with open(args.baseline) as f:
            baseline = json.load(f)
        a_rounds = baseline["rounds"]
        args.label_a = f"baseline {baseline.get('revision', '?')}"
        paired = False
    else:
        a_rounds = [json.load(open(p)) for p in round_files(args.directory, "A")]
        paired = True
    b_rounds = [json.load(open(p)) for p in b_files]
    if args.save:
        save = {"revision": args.label_b if args.save_b else args.label_a,
                "rounds": b_rounds if args.save_b else a_rounds}
        with open(args.save, "w") as f:
            json.dump(save, f, indent=1)
    if not a_rounds or not b_rounds:
        print("regress: no rounds to compare", file=sys.stderr)
        return 2

    def by_key(rounds):
        per = [{key(r): log_time_per_op(r) for r in rnd} for rnd in rounds]
        common = set.intersection(*(set(r) for r in per))
        return {k: [r[k] for r in per] for k in common}

    a, b = by_key(a_rounds), by_key(b_rounds)
    names = sorted(set(a) & set(b))
    n = min(len(a_rounds), len(b_rounds)) if paired else None
    print(f"A = {args.label_a} ({len(a_rounds)} rounds), B = {args.label_b} ({len(b_rounds)} rounds); "
          f"ratio = B/A time per operation, 95% CI ({'paired rounds' if paired else 'Welch, unpaired'}); "
          f"flagged beyond {args.threshold:.0%}")
    width = max([len(x) for x in names] + [9])
    print(f"{'benchmark':{width}}  {'B/A':>6}  {'95% CI':>15}  verdict")
    regressions = 0
    for name in names:
        xs, ys = (a[name][:n], b[name][:n]) if paired else (a[name], b[name])
        ratio, low, high = interval(xs, ys, paired)
        if low > 1 + args.threshold:
            verdict, regressions = "REGRESSION", regressions + 1
        elif high < 1 - args.threshold:
            verdict = "improvement"
        else:
            verdict = "ok"
        print(f"{name:{width}}  {ratio:6.3f}  [{low:6.3f}, {high:6.3f}]  {verdict}")
    missing = sorted(set(a) ^ set(b))
    if missing:
        print(f"(in only one of A and B, not compared: {', '.join(missing)})")
    print(f"{regressions} regression(s) flagged")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
