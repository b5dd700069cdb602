package dev.billsim.importer;

/**
 * States what one request class of an import holds: its requests and their summed durations.
 *
 * @param name the class's name: a route, or {@value ClassTable#OTHER}
 * @param requests its requests
 * @param wallNanos their recorded durations, summed
 * @param cpuNanos their CPU time (recorded, or the assumed share), summed
 */
public record ClassSummary(String name, long requests, long wallNanos, long cpuNanos) {}
