package dev.billsim.importer;

import java.math.BigInteger;
import java.util.List;

/**
 * States what an import read and wrote: the figures the scenario's comments give, and the sums its
 * replay must reproduce (the provider's billed duration, the CPU time).
 *
 * @param format the format read
 * @param files the files read, as named
 * @param requests requests written to the trace
 * @param malformed lines that could not be read
 * @param firstMalformed the first few of them
 * @param spanNanos the time from the first arrival to the last
 * @param classes the request classes, most requests first, {@value ClassTable#OTHER} last
 * @param routes distinct routes seen (before keeping the top ones)
 * @param cpuNanos CPU time of all requests, recorded or assumed
 * @param maxCpuNanos the most CPU time of one request
 * @param wallNanos recorded durations of all requests
 * @param failed requests recorded as failed
 * @param coldStarts requests with an INIT (Lambda)
 * @param billedMillis the provider's billed duration, summed, or -1 when the format records none
 * @param billedMbMillis billed duration times memory, summed (MB-ms), or -1
 * @param billedOtherwise requests whose recorded billed duration is not INIT plus duration rounded
 *     up to the millisecond, the rule billsim applies (a log from before August 2025, a SnapStart
 *     restore)
 * @param memoryMb the one memory size every request recorded, or -1 (none, or several)
 * @param hasSizes whether response sizes are recorded (a {@code bytes} column)
 * @param hasDurations whether any request's duration is recorded (an access log without {@code
 *     $request_time} or {@code %D} has none)
 * @param cpuShares the share of each duration taken as CPU when the format records none, or null
 */
public record ImportSummary(
    ImportFormat format,
    List<String> files,
    long requests,
    long malformed,
    List<MalformedLines.Line> firstMalformed,
    long spanNanos,
    List<ClassSummary> classes,
    int routes,
    BigInteger cpuNanos,
    long maxCpuNanos,
    BigInteger wallNanos,
    long failed,
    long coldStarts,
    long billedMillis,
    BigInteger billedMbMillis,
    long billedOtherwise,
    long memoryMb,
    boolean hasSizes,
    boolean hasDurations,
    CpuShares cpuShares) {}
