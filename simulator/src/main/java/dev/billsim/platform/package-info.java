/**
 * Models execution platforms: how each runs a request's steps, and what it meters for its bill.
 *
 * <p>{@link dev.billsim.platform.Simulation} drives every request through its steps ({@code
 * Sessions} drives the users that think between requests and the WebSocket connections); a {@link
 * dev.billsim.platform.PlatformModel} decides where platforms differ: admission (start, cold start,
 * throttle, quota, queue), CPU execution (at once, slowed by a memory-sized CPU share, queued for
 * an object's single thread or for a vCPU) and what is billed. A model acts on the run only through
 * its {@link dev.billsim.platform.PlatformHost} (the clock, the request's fate, CPU steps, timers,
 * the meter), so it can be unit-tested against a small fake host.
 *
 * <p>Events: an arrival, a delayed start (after a cold start), each step's end, a session's next
 * request, a WebSocket's message and close, and the models' timers. A CPU step that an I/O step
 * follows has no event of its own (unless its request has failed): the run schedules the I/O step's
 * end when the CPU step starts, and a model frees what the CPU step held at its end by itself
 * ({@code InstanceCpus} frees vCPUs and Durable Objects' threads lazily), unless it asks for every
 * end ({@link dev.billsim.platform.PlatformModel#needsEveryCpuEnd}). An idle-heavy request
 * (compute, wait on an LLM, compute) takes two queued events instead of three.
 *
 * <p>The models with instances share their machinery: {@code InstanceSlots} (instance ids reused
 * from a free list, per-instance arrays that grow with them), {@code IdleInstances} (reuse newest
 * first, reclaim oldest first after a timeout), {@code WaitingQueue} (a FIFO of held requests that
 * give up after a timeout), {@code InstanceCpus} (vCPUs shared by the CPU steps on an instance) and
 * {@code TimerIds} (each model's timer kinds, an enum whose constants handle themselves, packed
 * with their instance into the timer's {@code int}). Autoscaling decisions sit beside the models:
 * {@link dev.billsim.platform.ScalingPolicy} for fleets, {@code PoolAutoscaler} for pools. Each
 * model's class comment gives the details; in short, per scenario {@code model:}:
 *
 * <ul>
 *   <li>{@code workers} ({@code WorkersModel}): isolates with no CPU contention, the plan's CPU
 *       limit (a request reaching it fails), the free plan's daily quota, static assets served in
 *       front of the code. Not modelled: isolate cold starts, the 128 MB memory limit, subrequest
 *       limits, KV, R2, D1 and Queues, placement.
 *   <li>{@code lambda} ({@code LambdaModel}): one request per environment, cold starts with billed
 *       INIT, LIFO reuse, keep-alive reclaim, the concurrency limit and the scaling rate with
 *       throttling, a CPU share sized by memory, provisioned concurrency on a schedule (never above
 *       the concurrency limit) with spill-over, API Gateway in front and ephemeral storage as
 *       charges. Not modelled: the 15-minute timeout, reserved concurrency, SnapStart, recycling of
 *       provisioned environments, asynchronous invocation and retries, API Gateway's latency.
 *   <li>{@code durable-objects} ({@code DurableObjectsModel}): single-threaded objects by key, CPU
 *       queued per object while I/O interleaves, WebSocket connections held by their object,
 *       duration billed while an object is active (unless hibernating), the free plan's daily
 *       limits. Not modelled: storage and its billing, alarms, RPC sessions, eviction and object
 *       start-up, the activity after the last client leaves, placement latency.
 *   <li>{@code lambda-managed} ({@code FleetModel}, fixed): a fixed fleet of Lambda-managed EC2
 *       instances, least-outstanding routing, at most concurrency-per-vCPU times vCPUs requests per
 *       instance (the rest throttled), FCFS vCPU queues, no cold starts, instances billed for the
 *       whole horizon. Not modelled: AWS's asynchronous scaling, the choice among instance types,
 *       memory pressure, the routing layer's latency.
 *   <li>{@code ec2} and {@code fargate} ({@code FleetModel}): a fleet, fixed or autoscaled by
 *       target tracking on CPU with boot time and scale-in draining, least-outstanding routing, a
 *       per-instance concurrency limit with a queue and its timeout, FCFS vCPU queues, each
 *       instance metered per second from launch to termination with the per-launch minimum. Not
 *       modelled: failures and health-check replacements, availability-zone balance, burstable CPU
 *       credits, memory pressure, warm-up effects on speed.
 *   <li>{@code cloud-run} and {@code vercel} ({@code InstancePoolModel}): a pool of container
 *       instances serving up to {@code concurrency} requests each, least-loaded routing, an
 *       autoscaler on the last minute's CPU and concurrency (target 60%), cold starts, idle
 *       timeout, minimum instances (their idle time metered as provisioned capacity), a maximum
 *       with a queue and its timeout (429s counted as throttled), busy periods metered in billing
 *       steps. Not modelled: startup CPU boost, shutdown time, the providers' autoscalers beyond
 *       their published targets.
 * </ul>
 *
 * <p>Platforms never price anything: they meter usage, and {@code dev.billsim.billing} prices it.
 * Not modelled across all platforms: network latency between client and platform, request and
 * response sizes, client retries, and regional differences.
 *
 * <p>A run holds at most 8,388,608 requests in flight ({@code RequestTable.MAX_IN_FLIGHT}): a
 * platform that needs more is not keeping up with its traffic, and the run stops with a {@link
 * dev.billsim.engine.SimulationLimitException} naming the platform and the simulated time, rather
 * than run out of memory. {@link dev.billsim.platform.PlatformSpec#maxVcpus()} lets the scenario
 * loader refuse, before running, CPU work a platform's queue could not finish in simulated time.
 */
package dev.billsim.platform;
