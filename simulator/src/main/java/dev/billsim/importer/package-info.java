/**
 * Turns real logs and traces into a scenario billsim can replay: {@code billsim import FORMAT
 * FILE...}. Each format's reader ({@link dev.billsim.importer.RequestReader}) streams one file into
 * {@link dev.billsim.importer.RecordedRequest}s; the import puts every file's requests in time
 * order in bounded memory, groups them into classes by route ({@link
 * dev.billsim.importer.RouteTemplate}, {@link dev.billsim.importer.ClassTable}) and writes a trace
 * and a scenario whose class column, steps and sizes replay each request as recorded.
 *
 * <p>What is read: arrival, route, duration, and where the format records them CPU time, response
 * size, cold starts and billed duration. What is assumed, and said in the scenario: the CPU share
 * of a duration a format does not split. What is never written: IP addresses, user agents, query
 * strings, log messages.
 */
package dev.billsim.importer;
