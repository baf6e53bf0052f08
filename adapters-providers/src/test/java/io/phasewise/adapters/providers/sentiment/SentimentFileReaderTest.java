package io.phasewise.adapters.providers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentFileReaderTest {
  private static final Instant AT = Instant.parse("2024-05-01T14:30:00Z");

  private final SentimentFileReader reader = new SentimentFileReader();

  private SentimentFile resource(String name, SentimentFileFormat format) {
    InputStream in = getClass().getResourceAsStream("/sentiment/" + name);
    assertThat(in).as(name).isNotNull();
    return reader.read(in, name, format);
  }

  private SentimentFile text(String content, SentimentFileFormat format) {
    return reader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "upload", format);
  }

  @Test
  void a_csv_file_gives_its_good_rows_with_line_numbers_and_every_problem_of_its_bad_lines() {
    SentimentFile file = resource("observations.csv", SentimentFileFormat.CSV);

    assertThat(file.origin()).isEqualTo("observations.csv");
    assertThat(file.rows()).containsExactly(
        new SentimentRow(3, Reference.name("AAPL"), Reference.name("Newswire"), AT, 0.42, 1.5,
            Map.of("mentions", 12.0, "buzz", 0.25)),
        new SentimentRow(5, Reference.id(42), Reference.id(7), AT, -0.1, null, null),
        new SentimentRow(6, Reference.name("BTC-USD"), Reference.name("Forum, the \"big\" one"), AT, 1.0, 0.0, null),
        new SentimentRow(13, Reference.name("SPY"), Reference.name("Desk"), Instant.parse("2024-05-02T09:00:00Z"), null, null,
            null));
    assertThat(file.unreadable()).extracting(SentimentRejection::toString).containsExactly(
        "row 7: observed_at: '2024-05-01T14:30:00' is not an ISO-8601 time with an offset (2024-05-01T14:30:00Z) or epoch seconds",
        "row 8: score: 'high' is not a number",
        "row 8: magnitude: '-x' is not a number",
        "row 8: features.mentions: 'lots' is not a number",
        "row 8: features: '=3' is not name=value",
        "row 8: features: 'flag' is not name=value",
        "row 9: csv: has 4 cells but the header names 6 columns",
        "row 10: csv: unterminated quote",
        "row 11: features.a: is given twice");
  }

  @Test
  void a_json_lines_file_reads_ids_as_numbers_names_as_strings_and_reports_each_bad_field() {
    SentimentFile file = resource("observations.jsonl", SentimentFileFormat.JSON_LINES);

    assertThat(file.rows()).containsExactly(
        new SentimentRow(1, Reference.name("AAPL"), Reference.name("Newswire"), AT, 0.42, 1.5,
            Map.of("mentions", 12.0, "buzz", 0.25)),
        new SentimentRow(2, Reference.id(42), Reference.id(7), AT.plusMillis(250), -0.1, null, null),
        new SentimentRow(4, Reference.name("7203"), Reference.name("Forum"), AT, 1.0, null, Map.of("mentions", 3.0)));
    assertThat(file.unreadable()).extracting(SentimentRejection::row)
        .containsExactly(5L, 6L, 7L, 7L, 7L, 7L, 7L, 7L, 7L, 8L, 9L);
    assertThat(file.unreadable().get(0).field()).isEqualTo("json");
    assertThat(file.unreadable().get(0).problem()).startsWith("not valid JSON: Unexpected end-of-input");
    assertThat(file.unreadable().get(1).problem()).startsWith("must be an object");
    assertThat(file.unreadable().subList(2, 9)).extracting(SentimentRejection::toString).containsExactly(
        "row 7: asset: must be an id (a positive whole number) or a name (a string), not -3",
        "row 7: source: must be an id (a positive whole number) or a name (a string), not true",
        "row 7: observed_at: 'yesterday' is not an ISO-8601 time with an offset (2024-05-01T14:30:00Z) or epoch seconds",
        "row 7: score: must be a number, not [1]",
        "row 7: mood: is not a known field; the fields are asset, source, observed_at, score, magnitude, features",
        "row 7: features.mentions: 'many' is not a number",
        "row 7: features.buzz: has no value");
    assertThat(file.unreadable().get(9).problem()).contains("Duplicate field 'score'");
    assertThat(file.unreadable().get(10).toString()).startsWith("row 9: score: ").endsWith("is too large for a number");
  }

  @Test
  void a_csv_header_must_name_the_required_columns_and_no_unknown_one() {
    assertThatThrownBy(() -> text("asset,source,observed_at\nAAPL,X,2024-01-01T00:00:00Z\n", SentimentFileFormat.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upload: the header lacks the column score (header: asset,source,observed_at)");
    assertThatThrownBy(() -> text("asset,source,observed_at,score,mood\n", SentimentFileFormat.CSV))
        .hasMessage("upload: the header names an unknown column 'mood'; the columns are asset, source, observed_at, score, "
            + "magnitude, features");
    assertThatThrownBy(() -> text("asset,source,observed_at,score,score\n", SentimentFileFormat.CSV)).hasMessageContaining("'score' twice");
    assertThatThrownBy(() -> text("\n# only a comment\n", SentimentFileFormat.CSV)).hasMessageContaining("the file is empty");
  }

  @Test
  void columns_may_come_in_any_order_and_a_byte_order_mark_is_ignored() {
    SentimentFile file = text("\uFEFFscore,observed_at,source,asset\n-1,2024-05-01T14:30:00.123456789Z,2,spy\n", SentimentFileFormat.CSV);

    assertThat(file.rows()).containsExactly(new SentimentRow(2, Reference.name("spy"), Reference.id(2),
        Instant.parse("2024-05-01T14:30:00.123456789Z"), -1.0, null, null));
    assertThat(file.unreadable()).isEmpty();
  }

  @Test
  void epoch_seconds_may_have_decimals_and_be_negative() {
    SentimentFile file = text("{\"asset\":1,\"source\":1,\"observed_at\":\"-1.5\",\"score\":0}\n"
        + "{\"asset\":1,\"source\":1,\"observed_at\":99999999999999999999,\"score\":0}\n", SentimentFileFormat.JSON_LINES);

    assertThat(file.rows()).extracting(SentimentRow::observedAt).containsExactly(Instant.parse("1969-12-31T23:59:58.500Z"));
    assertThat(file.unreadable()).extracting(SentimentRejection::field).containsExactly("observed_at");
  }

  @Test
  void a_stream_that_fails_is_an_unchecked_io_error_naming_the_file() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    assertThatThrownBy(() -> reader.read(broken, "remote.csv", SentimentFileFormat.CSV))
        .isInstanceOf(UncheckedIOException.class).hasMessage("remote.csv: connection reset");
  }
}
