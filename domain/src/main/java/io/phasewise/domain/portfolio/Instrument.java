package io.phasewise.domain.portfolio;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** What a position holds: an asset Phasewise tracks, or an external one valued from prices the user records. */
public sealed interface Instrument {

  /** The currency its prices are quoted in. */
  CurrencyCode currency();

  /** A registered asset, priced from the candle store. */
  record Tracked(AssetId asset, CurrencyCode currency) implements Instrument {
    public Tracked {
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(currency, "currency");
    }
  }

  /** An asset Phasewise does not track (a private fund, a property), named by the user's own symbol. */
  record External(String symbol, CurrencyCode currency) implements Instrument {
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/^=-]{0,63}");

    public External {
      if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
        throw new InvalidInputException("symbol", "an external symbol is 1-64 letters, digits, spaces or . _ / ^ = -, not '" + symbol + "'");
      }
      Objects.requireNonNull(currency, "currency");
    }
  }
}
