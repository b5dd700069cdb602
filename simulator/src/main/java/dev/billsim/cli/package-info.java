/**
 * The {@code billsim} command line (picocli): one class per subcommand ({@code run}, {@code sweep},
 * {@code validate}), results to stdout or files, progress and diagnostics to stderr. Options that
 * commands share are mixins ({@code --set}); the {@code --out} directory is checked before anything
 * runs ({@code OutputCheck}), and report files are written all or nothing, each announced, by one
 * class for every command ({@code OutputFiles}), never through a link billsim did not make, with a
 * list of them ({@code .billsim-files}) that lets the next write remove what it no longer writes.
 *
 * <p>{@code run --out DIR} (or {@code --charts}, into {@code reports/NAME} by default) and every
 * {@code sweep} also write charts ({@code charts/*.png} and {@code *.svg}), a self-contained {@code
 * index.html} and a {@code summary.md}; all files, text or binary, are rendered first and then
 * written as one batch.
 *
 * <p>Exit codes: 0 success, 1 an internal error (a bug: reported with its stack trace), 2 bad input
 * (a wrong option, or a scenario problem reported with file, line, key, expectation and hint; never
 * a stack trace, and nothing written).
 */
package dev.billsim.cli;
