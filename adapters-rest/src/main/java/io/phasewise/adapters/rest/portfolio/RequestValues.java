package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Reads the values of a portfolio request body, recording each bad one under the field the client wrote. */
final class RequestValues {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private RequestValues() {}

  /** {@code build}'s value, or {@code null} with its refusal recorded as a problem of {@code field}. */
  static <T> T built(FieldErrors errors, String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException refused) {
      errors.add(field, refused.problem());
      return null;
    }
  }

  /** The currency {@code code} names, {@code null} when it is absent (or recorded as bad). */
  static CurrencyCode currency(FieldErrors errors, String field, String code) {
    return code == null ? null : built(errors, field, () -> new CurrencyCode(code));
  }

  /** Like {@link #currency}, but an absent currency is recorded as missing. */
  static CurrencyCode requiredCurrency(FieldErrors errors, String field, String code) {
    if (code == null) errors.add(field, "is required: an ISO 4217 code or a crypto ticker such as USD or BTC");
    return currency(errors, field, code);
  }

  /** {@code date} when it lies between 1900-01-01 and 9999-12-31; otherwise recorded as bad. */
  static LocalDate date(FieldErrors errors, String field, LocalDate date) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      errors.add(field, "must lie between " + EARLIEST + " and " + LATEST + ", not " + date);
      return null;
    }
    return date;
  }
}
