package dev.billsim.platform;

/**
 * Records one scaling activity of a fleet.
 *
 * @param atNanos when the autoscaler acted
 * @param utilisation the average CPU utilisation of the period that triggered it
 * @param fromInstances instances in service before
 * @param toInstances instances wanted after: in service plus booting
 */
public record ScalingEvent(long atNanos, double utilisation, int fromInstances, int toInstances) {}
