/**
 * Meters what a simulated platform uses: requests and outcomes, CPU, wall and billed time,
 * environments and instances, concurrency over time and end-to-end latency.
 *
 * <p>Meters are exact where money depends on them: time sums are integer nanoseconds carried past
 * the range of a {@code long} ({@link dev.billsim.meter.ExactSum}), so a month of a busy app never
 * overflows or rounds. Latency percentiles come from an HdrHistogram (3 significant digits); the
 * mean latency is exact. Recording allocates nothing once histograms have grown to the run's range.
 *
 * <p>Steady state: with a warm-up, latency, concurrency (mean, maximum, time at each level) and
 * utilisation cover only the window from the warm-up to the horizon ({@link
 * dev.billsim.meter.SteadyState}); every sum a bill reads covers the whole run.
 *
 * <p>For charts, a run also keeps the latency distribution at fixed shares ({@link
 * dev.billsim.meter.LatencyCdf}) and a coarse time series ({@link dev.billsim.meter.TimeSeries}):
 * at most 240 round buckets from time 0 to the horizon (an hour wide for horizons past ten days),
 * each with the time-average requests in flight and instances alive, and the arrivals, CPU time,
 * billed time and instance time metered in it. The series is approximate by design: amounts count
 * at the time they are metered (billed time when it is billed), the drain counts in the last
 * bucket, and it is recorded from time 0 whatever the warm-up.
 *
 * <p>Bytes, when the scenario gives sizes ({@link dev.billsim.meter.Transfer}): the request and
 * response bodies of the requests that completed, exactly, the part of each response beyond 6 MiB,
 * and every arriving request's payload in 512 KiB increments; a failed, refused, throttled or
 * abandoned request sends nothing. Without sizes nothing is metered and {@code Usage.transfer()} is
 * {@link dev.billsim.meter.Transfer#NONE}.
 *
 * <p>Not metered: memory actually used by a request, headers and protocol overhead, bytes between
 * the platform and its own backends, and anything a platform does not report (such as the CPU an
 * idle isolate or instance spends on itself).
 */
package dev.billsim.meter;
