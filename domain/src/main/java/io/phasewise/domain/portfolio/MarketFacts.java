package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the market store knows that a ledger needs to be derived: splits, prices and exchange rates,
 * each as of a date. The application builds one from the candle store (and the user's recorded
 * prices for external instruments); tests build them by hand.
 */
public interface MarketFacts {

  /** The splits of {@code instrument}, oldest first; empty when it never split. */
  List<SplitRatio> splits(Instrument instrument);

  /** The last close of {@code instrument} on or before {@code day}, in its own currency, split-adjusted to that day's units. */
  Optional<BigDecimal> price(Instrument instrument, LocalDate day);

  /** Units of {@code quote} one unit of {@code base} buys on {@code day} (the last known rate on or before it); 1 when equal. */
  Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day);
}
