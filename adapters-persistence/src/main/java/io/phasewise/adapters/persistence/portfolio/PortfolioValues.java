package io.phasewise.adapters.persistence.portfolio;

import static io.phasewise.adapters.persistence.shared.StoredCodes.known;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.Arrays;
import java.util.UUID;

/** Conversions of single portfolio values to and from their column types, for the mappers of this package. */
final class PortfolioValues {
  private PortfolioValues() {}

  static UUID uuid(PortfolioId id) {
    return id == null ? null : id.value();
  }

  static PortfolioId portfolioId(UUID id) {
    return id == null ? null : PortfolioId.of(id);
  }

  static String code(CurrencyCode currency) {
    return currency == null ? null : currency.code();
  }

  static CurrencyCode currency(String code) {
    return code == null ? null : new CurrencyCode(code);
  }

  static String code(BookingMethod method) {
    return method == null ? null : method.name();
  }

  static BookingMethod method(String code) {
    return code == null ? null : decode(BookingMethod.class, "booking method", code);
  }

  /** The constant of {@code type} named {@code code}; a name the adapter never wrote fails loudly. */
  static <E extends Enum<E>> E decode(Class<E> type, String kind, String code) {
    return known(Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst(), kind, code);
  }

  /** The {@code asset_id} column of an instrument: its asset when tracked, else {@code null}. */
  static Long assetId(Instrument instrument) {
    return instrument instanceof Instrument.Tracked tracked ? tracked.asset().value() : null;
  }

  /** The {@code external_symbol} column of an instrument: its symbol when external, else {@code null}. */
  static String externalSymbol(Instrument instrument) {
    return instrument instanceof Instrument.External external ? external.symbol() : null;
  }

  /** The instrument of the three columns, or {@code null} when there is none (a cash-only event). */
  static Instrument instrument(Long assetId, String externalSymbol, String currency) {
    if (assetId != null) return new Instrument.Tracked(new AssetId(assetId), currency(currency));
    return externalSymbol == null ? null : new Instrument.External(externalSymbol, currency(currency));
  }
}
