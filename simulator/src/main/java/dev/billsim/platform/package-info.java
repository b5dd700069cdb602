/**
 * Models execution platforms: how each runs a request's steps, and what it meters for its bill.
 *
 * <p>{@link dev.billsim.platform.Simulation} drives every request through its steps; a {@link
 * dev.billsim.platform.PlatformModel} decides where platforms differ: admission (start, cold start,
 * throttle, quota), CPU execution (at once, slowed by a memory-sized CPU share, or queued for a
 * vCPU) and what is billed. Each model's class comment says what it does and does not model.
 *
 * <ul>
 *   <li>{@code workers}: isolates, no CPU contention, CPU limit, free plan daily quota.
 *   <li>{@code lambda}: one request per environment, cold starts with billed INIT, LIFO reuse,
 *       keep-alive reclaim, concurrency limit with throttling, CPU share from memory.
 *   <li>{@code ec2}: a fixed fleet, least-outstanding load balancing, FCFS vCPU queues per
 *       instance, instances billed for the whole horizon.
 * </ul>
 *
 * <p>Platforms never price anything: they meter usage, and {@code dev.billsim.billing} prices it.
 * Not modelled across all platforms: network latency between client and platform, request and
 * response sizes, retries, and regional differences.
 */
package dev.billsim.platform;
