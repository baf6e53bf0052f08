package io.phasewise.adapters.providers.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.providers.csv.RowRejection;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** ISO dates and times read without the formatter agree with {@link LocalDate#parse} and {@link LocalTime#parse}, refusals included. */
class StatementDatesTest {

  @Test
  void iso_dates_read_as_the_jdk_reads_them_and_the_same_ones_are_refused() {
    List<String> texts = List.of("2024-01-31", "2024-02-29", "0001-01-01", "9999-12-31", "+10000-01-01", "2023-02-29", "2024-13-01",
        "2024-00-10", "2024-04-31", "2024-1-01", "2024-01-3a", "2024/01/31", "20240131", "２０２４-01-31", "2024-01-31T00:00", " 2024-01-31");

    assertReadAsTheJdkReads(texts, LocalDate::parse, text -> StatementDates.isoDate("date", text), "date '%s' is not an ISO date (2024-01-31)");
    assertThat(StatementDates.isoDate("date", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void iso_times_read_as_the_jdk_reads_them_and_the_same_ones_are_refused() {
    List<String> texts = List.of("00:00", "14:30", "23:59:59", "00:00:00", "14:30:05.25", "24:00", "24:00:00", "14:60", "14:30:60",
        "1:30:00", "14-30", "14:3a", "14:30:0a", "14:30:05Z", "14:30:", "１4:30");

    assertReadAsTheJdkReads(texts, LocalTime::parse, text -> StatementDates.isoTime("time", text), "time '%s' is not an ISO time (14:30:05)");
    assertThat(StatementDates.isoTime("time", "16:05:10")).isEqualTo(LocalTime.of(16, 5, 10));
  }

  /** Each of {@code texts} read by {@code ours} as {@code jdk} reads it, or refused with {@code refusal} where {@code jdk} throws. */
  private static <T> void assertReadAsTheJdkReads(List<String> texts, Function<String, T> jdk, Function<String, T> ours, String refusal) {
    for (String text : texts) {
      T expected;
      try {
        expected = jdk.apply(text);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> ours.apply(text)).as(text).isInstanceOf(RowRejection.class).hasMessage(refusal.formatted(text));
        continue;
      }
      assertThat(ours.apply(text)).as(text).isEqualTo(expected);
    }
  }
}
