"""Simulates the M/M/1 queue of scenarios/mm1.yaml in SimPy 3, in SimPy's process style.

A source process creates customers with exponential gaps of mean 1/lambda; each customer is a
process that requests the one server (a simpy.Resource of capacity 1, first come first served),
records its wait, holds the server for an exponential service time of mean 1/mu, and leaves.
Time is in seconds.

Runs until CUSTOMERS customers have been served, then prints one line for
benchmarks/peers/run-peers.sh: the customers, the seconds the simulation took (measured in this
process, around env.run()), and the mean wait in the queue.

Usage: /usr/bin/python3 mm1_simpy.py CUSTOMERS LAMBDA MU SEED
(SimPy 3 from Debian's python3-simpy3; the standard library otherwise.)
"""

import random
import sys
import time

import simpy


class Stats:
    """Sums the customers' waits."""

    def __init__(self):
        self.served = 0
        self.wait_sum = 0.0


def customer(env, server, mu, rng, stats):
    """Waits for the server, is served for an exponential time, and leaves."""
    arrived = env.now
    with server.request() as turn:
        yield turn
        stats.wait_sum += env.now - arrived
        yield env.timeout(rng.expovariate(mu))
    stats.served += 1


def source(env, customers, lam, mu, server, rng, stats):
    """Creates the customers, one exponential gap apart."""
    for _ in range(customers):
        env.process(customer(env, server, mu, rng, stats))
        yield env.timeout(rng.expovariate(lam))


def main(argv):
    if len(argv) != 5:
        print("usage: mm1_simpy.py CUSTOMERS LAMBDA MU SEED", file=sys.stderr)
        return 2
    customers, lam, mu, seed = int(argv[1]), float(argv[2]), float(argv[3]), int(argv[4])
    rng = random.Random(seed)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    stats = Stats()
    env.process(source(env, customers, lam, mu, server, rng, stats))
    start = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - start
    print(
        "engine=simpy customers=%d seconds=%.3f mean_wait_s=%.9f"
        % (stats.served, seconds, stats.wait_sum / stats.served)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
