package io.phasewise.adapters.providers.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

/** How a CSV time column is written, and how it becomes a bar open time. */
public final class TimeFormat {

  @FunctionalInterface
  private interface Parser {
    Instant parse(String text);
  }

  private final String description;
  private final Parser parser;

  private TimeFormat(String description, Parser parser) {
    this.description = description;
    this.parser = parser;
  }

  /** ISO dates ({@code 2020-01-31}), each read as 00:00 UTC of that day. */
  public static TimeFormat isoDate() {
    return new TimeFormat("an ISO date", text -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * ISO dates or date-times: {@code 2020-01-31} (00:00 UTC), {@code 2020-01-31T14:30:00Z},
   * {@code 2020-01-31 09:30:00-05:00} (a space may replace the {@code T}, as in Yahoo's intraday
   * exports); a date-time without offset is read as UTC.
   */
  public static TimeFormat isoDateTime() {
    return new TimeFormat("an ISO date or date-time", TimeFormat::parseIso);
  }

  /** Whole seconds since 1970-01-01T00:00Z. */
  public static TimeFormat epochSeconds() {
    return new TimeFormat("epoch seconds", text -> Instant.ofEpochSecond(Long.parseLong(text)));
  }

  /** Whole milliseconds since 1970-01-01T00:00Z. */
  public static TimeFormat epochMillis() {
    return new TimeFormat("epoch milliseconds", text -> Instant.ofEpochMilli(Long.parseLong(text)));
  }

  /**
   * A {@link DateTimeFormatter} pattern ({@code dd.MM.yyyy HH:mm}) read in {@code zone}; a pattern
   * with a date only gives 00:00 of that day in {@code zone}. Parsing is strict: {@code 31.02.2020}
   * is rejected, never moved to the last day of February.
   */
  public static TimeFormat pattern(String pattern, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    DateTimeFormatter formatter = new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        // strict resolution needs an era for "yyyy"; the common era is what every price file means
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT)
        .withZone(zone);
    return new TimeFormat("a time in the pattern '" + pattern + "'", text -> {
      TemporalAccessor parsed = formatter.parse(text);
      return parsed.isSupported(ChronoField.INSTANT_SECONDS) ? Instant.from(parsed)
          : LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    });
  }

  private static Instant parseIso(String text) {
    if (text.indexOf('T') < 0 && text.indexOf(' ') < 0) {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
    return parsed.isSupported(ChronoField.INSTANT_SECONDS) ? Instant.from(parsed)
        : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
  }

  /** The instant written as {@code text}; a row rejection naming {@code column} if it is not one. */
  Instant parse(String column, String text) {
    try {
      Instant time = parser.parse(text);
      time.toEpochMilli(); // throws if the time does not fit the epoch-millisecond columns of a CandleSeries
      return time;
    } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
      throw new RowRejection(column + " '" + text + "' is not " + description);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
