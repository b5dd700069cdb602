/**
 * Describes and generates traffic: arrival processes, user sessions, request classes, steps and the
 * distributions of their durations and counts.
 *
 * <p>Modelled: a request is an ordered list of steps, each CPU (computing: billed by Workers, needs
 * a vCPU on a server), I/O (waiting on a database, an API, a user: holds no vCPU) or an LLM call (a
 * wait of time to first token plus output tokens times inter-token latency). Arrivals are Poisson,
 * evenly spaced, diurnal (a 24-hour profile with weekly weights), bursty (a two-state
 * Markov-modulated Poisson process), k6-style stages, or a replayed CSV trace; time-varying Poisson
 * processes are generated exactly by thinning. Sessions turn arrivals into users who send several
 * requests with think time in between (a closed loop). Distributions are the named parametric
 * kinds, empirical ones (a data column or a percentile table, linear between points) and mixtures;
 * all values are integer nanoseconds drawn with Apache Commons RNG's samplers (ziggurat exponential
 * and Gaussian, inversion for empirical ones) from streams of {@link
 * dev.billsim.engine.RandomStreams}, so every platform sees exactly the same requests (and, with
 * sessions, the same users). Platforms simulated at the same time can share one draw of open-loop
 * traffic through a {@link dev.billsim.workload.TrafficTape}, which gives each of them exactly the
 * sequence it would have drawn. Apache Commons Math gives the distributions' CDFs and moments.
 *
 * <p>A request class may give request and response body sizes ({@link
 * dev.billsim.workload.RequestClass#requestSize()}, {@link
 * dev.billsim.workload.RequestClass#responseSize()}): the duration distributions reused with bytes
 * for nanoseconds, or a trace column. They are drawn at arrival from streams of their own ({@code
 * request-size/<class>}; with sessions, a generator seeded from the request's own seed), stored
 * after the steps in the request's record, so adding sizes changes no other draw. Sizes take no
 * simulated time.
 *
 * <p>Not modelled: parallel steps within one request, retries, correlation between the steps of a
 * request other than through a trace row, and multi-line CSV fields in traces. A single step longer
 * than {@link dev.billsim.workload.DurationSampler#MAX_SAMPLE_NANOS} is capped there. Replaying a
 * trace allocates while parsing each row (its memory stays constant); everything else allocates
 * nothing per request.
 */
package dev.billsim.workload;
