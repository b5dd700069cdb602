/**
 * The validation suite behind {@code billsim check}: cases with a closed form from queueing theory
 * (M/M/1, M/M/c with Erlang C, M/D/1 with Pollaczek-Khinchine, M/G/infinity, a keep-alive cold
 * start, Little's law on every platform model, utilisation) and one peer simulator's published
 * result (SimFaaS), each run through the normal scenario loader and platform models with
 * independent replications, and compared with its theory.
 *
 * <p>Not here: checks of the billing arithmetic (the providers' worked examples are unit tests), or
 * cases without a closed form (autoscaling, Durable Objects' single-threaded queues under load),
 * which the tests check by invariants instead.
 */
package dev.billsim.check;
