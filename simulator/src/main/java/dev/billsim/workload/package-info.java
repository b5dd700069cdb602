/**
 * Describes and generates traffic: arrival processes, request classes, steps and the distributions
 * of their durations.
 *
 * <p>Modelled: a request is an ordered list of steps, each either CPU (computing: billed by
 * Workers, needs a vCPU on a server) or I/O (waiting on an LLM API, a database or a user: holds no
 * vCPU). Arrivals are Poisson or evenly spaced at a fixed rate; each arrival picks a request class
 * by weight. All durations are integer nanoseconds, drawn with Apache Commons Math from streams of
 * {@link dev.billsim.engine.RandomStreams}: arrivals, the class mix and every request class draw
 * from their own streams, so every platform sees exactly the same requests.
 *
 * <p>Not modelled (yet): time-varying or bursty arrivals, trace replay, user sessions, and parallel
 * steps within one request. A single step longer than {@link
 * dev.billsim.workload.DurationSampler#MAX_SAMPLE_NANOS} is capped there.
 */
package dev.billsim.workload;
