/**
 * Reads the files a user points billsim at (scenarios, traces, data files) as UTF-8 text, within
 * limits, so that a wrong file is refused with where and why instead of a library's message, an
 * endless read or an out-of-memory error.
 *
 * <p>Checked while the bytes stream past, in one pass: well-formed UTF-8 (the byte offset and line
 * of the first bad byte), files that are plainly not text (gzip, zip, UTF-16, NUL bytes), a size
 * limit and a line-length limit. A UTF-8 byte-order mark at the start is dropped. Quoting file
 * content in a message goes through {@link dev.billsim.input.Excerpt}, which never shows more than
 * 80 characters: a user who points a scenario at the wrong file must not see its secrets printed.
 *
 * <p>A file that plainly is not the CSV file expected (an AWS Lambda log, an access log, JSON
 * lines, rows without a header) is recognised by its first line ({@link
 * dev.billsim.input.FileLook}) and refused with what it looks like and how to convert it.
 *
 * <p>Not supported: other encodings (Latin-1, UTF-16) are recognised where they can be and refused,
 * never converted; logs and JSON are recognised and refused, never imported.
 */
package dev.billsim.input;
