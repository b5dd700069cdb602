package dev.billsim.importer;

/**
 * One CloudWatch Logs event as an export shows it: its timestamp, if the export gives one, its
 * message and the file line where the message is.
 *
 * @param timestampNanos when CloudWatch stamped it, in nanoseconds since the Unix epoch, or {@link
 *     RecordedRequest#UNKNOWN}
 * @param message the message, without trailing line breaks and blanks
 * @param line the 1-based line of the file that holds the message
 */
record LogEvent(long timestampNanos, String message, long line) {}
