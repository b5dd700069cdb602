/**
 * Statistics over independent replications of a run: the mean of each quantity with its 95%
 * confidence interval (Student t), and paired differences between platforms, which share every
 * replication's random numbers.
 *
 * <p>Computed in {@link java.math.BigDecimal}, so money stays exact up to the square root and the t
 * quantile (Apache Commons Math). Not done here: batch means within one long run, variance
 * reduction beyond common random numbers, or corrections for testing many quantities at once.
 */
package dev.billsim.stats;
