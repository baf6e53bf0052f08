package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.QueryDailyClosesUseCase;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The market facts of one portfolio, read from the market context's daily candles: splits from the
 * candles' split factors (as rationals), the raw close on or before a day (in that day's units), and
 * exchange rates from forex assets named as Yahoo names them, {@code EURUSD=X} priced in USD per EUR
 * (or its inverse {@code USDEUR=X}, whose close is inverted). An external instrument is priced from
 * the prices the user recorded. The histories of every asset of the ledger are read together, once, on first
 * use, and kept for the life of this object, which is meant to serve one use-case call.
 */
public final class CandleMarketFacts implements MarketFacts {
  /** Precision of an inverted rate: far beyond the 18 decimals a stored rate has. */
  private static final MathContext INVERSE = MathContext.DECIMAL128;

  private final MarketHistories histories;

  public CandleMarketFacts(FindAssetUseCase assets, QueryDailyClosesUseCase closes, List<RecordedPrice> recordedPrices) {
    this(new MarketHistories(assets, closes, recordedPrices, List.of()));
  }

  CandleMarketFacts(MarketHistories histories) {
    this.histories = histories;
  }

  /** For each portfolio, its market facts over {@code market}'s assets and candles and its own recorded prices. */
  public static Function<Portfolio, MarketFacts> of(MarketUseCases market) {
    return portfolio -> of(market, portfolio, List.of());
  }

  /** The market facts of {@code portfolio} about to record {@code events}: their assets are read with the ledger's. */
  public static MarketFacts of(MarketUseCases market, Portfolio portfolio, List<LedgerEvent> events) {
    List<LedgerEvent> all = events.isEmpty() ? portfolio.ledger() : concat(portfolio.ledger(), events);
    return new CandleMarketFacts(MarketHistories.of(market, portfolio.recordedPrices(), all));
  }

  private static List<LedgerEvent> concat(List<LedgerEvent> a, List<LedgerEvent> b) {
    List<LedgerEvent> both = new ArrayList<>(a.size() + b.size());
    both.addAll(a);
    both.addAll(b);
    return both;
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return histories.of(instrument).splits();
  }

  @Override
  public Optional<BigDecimal> price(Instrument instrument, LocalDate day) {
    return histories.of(instrument).closeOn(day);
  }

  @Override
  public Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day) {
    if (base.equals(quote)) return Optional.of(BigDecimal.ONE);
    Optional<BigDecimal> direct = histories.pair(base, quote).flatMap(h -> h.closeOn(day));
    if (direct.isPresent()) return direct;
    return histories.pair(quote, base).flatMap(h -> h.closeOn(day))
        .map(inverse -> BigDecimal.ONE.divide(inverse, INVERSE).stripTrailingZeros());
  }
}
