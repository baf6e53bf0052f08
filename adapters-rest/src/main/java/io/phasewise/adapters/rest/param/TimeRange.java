package io.phasewise.adapters.rest.param;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.Interval;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A half-open time range {@code [from, to)} read from the {@code from} and {@code to} query parameters. */
public record TimeRange(Instant from, Instant to) {
  /**
   * Reads ISO dates ({@code 2020-01-31}: midnight UTC; as {@code to}, that whole day is included) or
   * ISO times with an offset ({@code 2020-01-31T12:00:00Z}). Without {@code from} the range starts at
   * {@link TimeBounds#BEGINNING}; without {@code to} it ends after the bar in progress at {@code clock}'s now.
   */
  static TimeRange parse(String from, String to, Interval interval, Clock clock) {
    Instant start = isAbsent(from) ? TimeBounds.BEGINNING : time("from", from, false);
    Instant end = isAbsent(to) ? interval.floor(clock.instant()).plus(interval.length()) : time("to", to, true);
    return ordered(start, end);
  }

  /**
   * A range of instants rather than bars: {@code from} and {@code to} are each read like {@link #instant}
   * (a date is its midnight UTC, also as {@code to}); without them the range is unbounded on that side.
   */
  public static TimeRange instants(String from, String to) {
    return ordered(instant("from", from, TimeBounds.BEGINNING), instant("to", to, TimeBounds.END));
  }

  private static TimeRange ordered(Instant start, Instant end) {
    if (!start.isBefore(end)) throw FailureException.invalid("to", "must be after from (" + start + "), not " + end);
    return new TimeRange(start, end);
  }

  /** One instant read like {@code from} (a date is its midnight UTC), or {@code absent} if not given. */
  public static Instant instant(String name, String raw, Instant absent) {
    return isAbsent(raw) ? absent : time(name, raw, false);
  }

  private static boolean isAbsent(String raw) {
    return raw == null || raw.isBlank();
  }

  private static Instant time(String name, String raw, boolean wholeDay) {
    Instant time;
    try {
      if (raw.indexOf('T') < 0) {
        LocalDate date = LocalDate.parse(raw);
        time = (wholeDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else {
        time = OffsetDateTime.parse(raw).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw FailureException.invalid(name,
          "must be an ISO-8601 date such as 2020-01-31 or a time such as 2020-01-31T00:00:00Z, not '" + raw + "'");
    }
    if (time.isBefore(TimeBounds.BEGINNING) || time.isAfter(TimeBounds.END)) {
      throw FailureException.invalid(name, "must lie between " + TimeBounds.BEGINNING + " and " + TimeBounds.END + ", not " + raw);
    }
    return time;
  }
}
