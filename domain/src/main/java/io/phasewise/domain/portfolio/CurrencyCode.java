package io.phasewise.domain.portfolio;

import io.phasewise.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A currency: an ISO 4217 code or a crypto ticker such as {@code USDT}, upper case, 2-10 characters. */
public record CurrencyCode(String code) {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

  public CurrencyCode {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException("currency", "a currency is 2-10 upper-case letters or digits, not '" + code + "'");
    }
  }

  /** {@code text} trimmed and upper-cased, then checked. */
  public static CurrencyCode of(String text) {
    return new CurrencyCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return code;
  }
}
