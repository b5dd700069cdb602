package dev.billsim.platform;

/**
 * Says why a platform's setting cannot serve a scenario's traffic, in the words of a problem
 * report.
 *
 * @param key the platform key at fault, e.g. {@code front-door}
 * @param expected what the key should be, given the traffic
 * @param got what it is, and why that does not fit
 * @param hint how to fix it
 */
public record TrafficMismatch(String key, String expected, String got, String hint) {}
