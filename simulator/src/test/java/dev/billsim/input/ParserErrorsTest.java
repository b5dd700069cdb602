package dev.billsim.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the words billsim gives for real JSON and CSV parser errors: each names the mistake and its
 * line, and none repeats the parser's internals.
 */
class ParserErrorsTest {
  /** What a parser's own message shows and a user must never see. */
  private static final String[] INTERNALS = {
    "VALUE_",
    "START_",
    "END_",
    "Source:",
    "reference chain",
    "com.fasterxml",
    "JsonReadFeature",
    "java.lang",
    "`"
  };

  private static JsonProcessingException jsonError(String text) {
    return catchThrowableOfType(
        JsonProcessingException.class,
        () -> {
          try (JsonParser parser = new JsonFactory().createParser(text)) {
            while (parser.nextToken() != null) {
              parser.skipChildren();
            }
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
          [{"v": 1},\\n{"v": "abc         | 2 | the end of the file before the JSON is complete
          [{"v": 1}\\n {"v": 2}]          | 2 | the character '{' where a comma or a closing bracket was expected
          [{"v": 1}, {"v": abc}]          | 1 | the word 'abc' (text in JSON needs double quotes)
          [{"v": NaN}]                    | 1 | 'NaN' (JSON has no NaN or Infinity
          [{"v": 1]]                      | 1 | a closing ']' that does not match
          [{v: 1}]                        | 1 | where a field name in double quotes was expected
          [{"v" 1}]                       | 1 | where a colon after the field name was expected
          [{"v": 01}]                     | 1 | a malformed or out-of-range number
          """)
  void json_realParserErrors_areNamedWithTheirLine(String text, long line, String got) {
    JsonProcessingException e = jsonError(text.replace("\\n", "\n"));
    assertThat(e).as("Jackson refuses %s", text).isNotNull();

    ParserErrors.Described described = ParserErrors.json(e);

    assertThat(described.got()).contains(got).doesNotContain(INTERNALS);
    assertThat(described.line()).isEqualTo(line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
          v\\n1\\n"2\\n3\\n | 3 | a quoted value that is never closed, in the row starting on line 3
          v\\n"1"2\\n       | 2 | text after a closing quote
          """)
  void csv_realParserErrors_areNamedWithTheirLine(String text, long line, String got) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    long[] lastRowLine = {0};
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> {
              try (MappingIterator<String[]> rows =
                  mapper
                      .readerFor(String[].class)
                      .readValues(new StringReader(text.replace("\\n", "\n")))) {
                while (rows.hasNextValue()) {
                  rows.nextValue();
                  lastRowLine[0] = rows.getParser().currentTokenLocation().getLineNr();
                }
              }
            });
    assertThat(e).as("Jackson refuses %s", text).isNotNull();

    ParserErrors.Described described = ParserErrors.csv(e, lastRowLine[0]);

    assertThat(described.got()).contains(got).doesNotContain(INTERNALS);
    assertThat(described.line()).isEqualTo(line);
  }
}
