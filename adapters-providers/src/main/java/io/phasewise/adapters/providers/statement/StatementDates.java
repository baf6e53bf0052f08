package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** How statements write dates and times, read strictly: {@code 31.02.2024} is refused, never moved to March. */
final class StatementDates {
  private static final DateTimeFormatter COMPACT = strict("uuuuMMdd");
  private static final DateTimeFormatter COMPACT_TIME = strict("HHmmss");
  private static final List<DateTimeFormatter> DAY_FIRST = List.of(strict("dd-MM-uuuu"), strict("dd/MM/uuuu"), strict("dd.MM.uuuu"));
  /** {@code 2024-01-02 10:20:30}, optionally with a fraction of a second or a {@code T} for the space. */
  private static final DateTimeFormatter EXCHANGE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private StatementDates() {}

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /** An ISO date, {@code 2024-01-31}. */
  static LocalDate isoDate(String column, String text) {
    try {
      // the usual form read without the formatter, which costs several times more per row
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) return LocalDate.of(year, month, day);
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw rejection(column, text, "an ISO date (2024-01-31)");
    }
  }

  /** An ISO time of day, {@code 14:30} or {@code 14:30:05.25}. */
  static LocalTime isoTime(String column, String text) {
    try {
      // 14:30 and 14:30:05 read without the formatter, as in isoDate
      if ((text.length() == 5 || text.length() == 8 && text.charAt(5) == ':') && text.charAt(2) == ':') {
        int hour = digits(text, 0, 2);
        int minute = digits(text, 3, 5);
        int second = text.length() == 8 ? digits(text, 6, 8) : 0;
        if (hour >= 0 && minute >= 0 && second >= 0) return LocalTime.of(hour, minute, second);
      }
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      throw rejection(column, text, "an ISO time (14:30:05)");
    }
  }

  /** The number the ASCII digits {@code text[from, to)} write, or -1 when one of them is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return -1;
      value = value * 10 + c - '0';
    }
    return value;
  }

  /**
   * A date as spreadsheet users and trackers write it: ISO ({@code 2024-01-31}, or a date-time whose
   * first ten characters are one, {@code 2024-01-31T00:00:00.000Z}), compact ({@code 20240131}) or day
   * first with {@code -}, {@code /} or {@code .} ({@code 31/01/2024}).
   */
  static LocalDate lenientDate(String column, String text) {
    try {
      if (text.length() >= 10 && text.charAt(4) == '-') return LocalDate.parse(text.substring(0, 10));
      if (text.length() == 8) return LocalDate.parse(text, COMPACT);
      for (DateTimeFormatter format : DAY_FIRST) {
        try {
          return LocalDate.parse(text, format);
        } catch (DateTimeException next) {
          // tries the next separator
        }
      }
    } catch (DateTimeException e) {
      // refused below
    }
    throw rejection(column, text, "a date (2024-01-31, 20240131 or 31-01-2024)");
  }

  /** An exchange's UTC time, {@code 2024-01-02 10:20:30.1234}, read in {@code offset} and returned in UTC. */
  static LocalDateTime exchangeTime(String column, String text, ZoneOffset offset) {
    try {
      return LocalDateTime.parse(text, EXCHANGE_TIME).atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException e) {
      throw rejection(column, text, "a time 2024-01-02 10:20:30");
    }
  }

  /** An ISO date-time with offset ({@code 2024-01-02T10:20:30.000Z}) as a UTC date, or an ISO date. */
  static LocalDate utcDate(String column, String text) {
    try {
      if (text.length() == 10) return LocalDate.parse(text);
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeException e) {
      throw rejection(column, text, "an ISO date or date-time with offset (2024-01-02T10:20:30.000Z)");
    }
  }

  /**
   * An Interactive Brokers Flex date or date-time: {@code 20240131}, {@code 20240131;143005}, or the
   * same with ISO parts ({@code 2024-01-31;14:30:05}); the separator may also be a space or a comma.
   */
  static LocalDateTime flex(String column, String text) {
    int separator = indexOfAny(text, ";, ");
    String day = separator < 0 ? text : text.substring(0, separator);
    String time = separator < 0 ? null : text.substring(separator + 1).strip();
    try {
      LocalDate date = day.length() == 8 ? LocalDate.parse(day, COMPACT) : LocalDate.parse(day);
      if (time == null || time.isEmpty()) return date.atStartOfDay();
      LocalTime at = time.length() == 6 ? LocalTime.parse(time, COMPACT_TIME) : LocalTime.parse(time);
      return date.atTime(at);
    } catch (DateTimeException e) {
      throw rejection(column, text, "a Flex date or date-time (20240131 or 20240131;143005)");
    }
  }

  /** The offset a header such as {@code Filled Time(UTC+02:00)} names; UTC when it names none. */
  static ZoneOffset headerOffset(String header) {
    int utc = header.indexOf("(UTC");
    int close = header.indexOf(')', utc + 1);
    if (utc < 0 || close < 0 || close == utc + 4) return ZoneOffset.UTC;
    try {
      return ZoneOffset.of(header.substring(utc + 4, close));
    } catch (DateTimeException e) {
      throw new InvalidInputException("header", "the column " + CsvRecord.quote(header) + " names no valid UTC offset");
    }
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) return i;
    }
    return -1;
  }

  private static RowRejection rejection(String column, String text, String expected) {
    return new RowRejection(column + " '" + CsvRecord.quote(text) + "' is not " + expected);
  }
}
