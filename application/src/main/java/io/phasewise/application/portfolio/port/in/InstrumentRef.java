package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * What an event is about, as a caller names it: a tracked asset by id (its currency is the asset's
 * quote currency), or an external instrument by the user's symbol and currency. Exactly one of
 * {@code asset} and {@code external} is set.
 */
public record InstrumentRef(AssetId asset, Instrument.External external) {
  public InstrumentRef {
    if ((asset == null) == (external == null)) {
      throw new InvalidInputException("instrument", "name either a tracked asset or an external symbol, not both or neither");
    }
  }

  /** A tracked asset. */
  public static InstrumentRef tracked(AssetId asset) {
    return new InstrumentRef(Objects.requireNonNull(asset, "asset"), null);
  }

  /** An instrument Phasewise does not track, valued from the prices the user records. */
  public static InstrumentRef external(String symbol, CurrencyCode currency) {
    return new InstrumentRef(null, new Instrument.External(symbol, currency));
  }
}
