package dev.billsim.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Streams the rows of a CSV file (RFC 4180), read as checked UTF-8 text (see {@link TextFiles}),
 * with their line numbers, skipping blank lines: the one CSV reader of traces and data files.
 *
 * <p>Whatever goes wrong is a {@link TextException}: the stream's own report about the bytes, even
 * when the parser wrapped it, or the parser's error in billsim's words ({@link ParserErrors}) at
 * the line of the row it is in.
 */
public final class CsvRows implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final Reader reader;
  private final MappingIterator<String[]> iterator;
  private int lastLine;

  private CsvRows(Reader reader, MappingIterator<String[]> iterator) {
    this.reader = reader;
    this.iterator = iterator;
  }

  /**
   * Opens a CSV file: its byte-order mark dropped, its lines at most {@link
   * TextFiles#MAX_LINE_LENGTH}.
   */
  public static CsvRows open(Path path) throws IOException {
    Reader reader = TextFiles.reader(path, Long.MAX_VALUE, TextFiles.MAX_LINE_LENGTH);
    try {
      return new CsvRows(reader, MAPPER.readerFor(String[].class).readValues(reader));
    } catch (JsonProcessingException e) {
      reader.close();
      throw describe(e, 0);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Returns the next non-blank row, or null at the end.
   *
   * @throws TextException for bytes that are not text within the limits, or malformed CSV
   */
  public String[] next() throws IOException {
    try {
      while (iterator.hasNextValue()) {
        String[] row = iterator.nextValue();
        lastLine = line();
        if (row.length > 1 || (row.length == 1 && !row[0].isBlank())) {
          return row;
        }
      }
      return null;
    } catch (JsonProcessingException e) {
      throw describe(e, lastLine);
    }
  }

  /** Returns the 1-based line of the row last returned. */
  public int line() {
    return iterator.getParser().currentTokenLocation().getLineNr();
  }

  @Override
  public void close() throws IOException {
    iterator.close();
    reader.close();
  }

  /** Returns the stream's report the parser wrapped, or the parser's error in billsim's words. */
  private static TextException describe(JsonProcessingException e, int lastRowLine) {
    TextException text = TextException.find(e);
    if (text != null) {
      return text;
    }
    ParserErrors.Described what = ParserErrors.csv(e, lastRowLine);
    return new TextException(
        what.line(), "well-formed CSV", what.got(), "fix the file's quoting near that line");
  }
}
