package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.QueryDailyClosesUseCase;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.SplitRatio;
import io.phasewise.domain.portfolio.performance.PriceGrid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The price grid of one portfolio over the market context's daily candles: the same closes, splits,
 * rates and recorded prices as {@link CandleMarketFacts}, handed out as whole forward-filled columns.
 * The histories of every asset of the ledger are read together, once, and each is turned into a column in
 * one pass, instead of one lookup per day. A rate to the base comes from {@code <base><currency>=X}
 * inverted, or, on the days that pair has no close yet, from {@code <currency><base>=X}, as
 * {@link CandleMarketFacts#fxRate} picks them. Meant to serve one use-case call.
 */
public final class CandlePriceGrid implements PriceGrid {
  private final MarketHistories histories;

  public CandlePriceGrid(FindAssetUseCase assets, QueryDailyClosesUseCase closes, List<RecordedPrice> recordedPrices) {
    this(new MarketHistories(assets, closes, recordedPrices, List.of()));
  }

  CandlePriceGrid(MarketHistories histories) {
    this.histories = histories;
  }

  /** The price grid of {@code portfolio} over {@code market}'s assets and closes. */
  public static CandlePriceGrid of(MarketUseCases market, Portfolio portfolio) {
    return new CandlePriceGrid(MarketHistories.of(market, portfolio.recordedPrices(), portfolio.ledger()));
  }

  @Override
  public double[] closes(Instrument instrument, LocalDate first, int days) {
    return histories.of(instrument).column(first, days);
  }

  @Override
  public double[] toBase(CurrencyCode currency, CurrencyCode base, LocalDate first, int days) {
    double[] rates = new double[days];
    if (currency.equals(base)) {
      Arrays.fill(rates, 1);
      return rates;
    }
    Arrays.fill(rates, Double.NaN);
    Optional<DailyHistory> direct = histories.pair(base, currency);
    if (direct.isPresent()) {
      double[] perBase = direct.get().column(first, days);
      for (int t = 0; t < days; t++) rates[t] = perBase[t] > 0 ? 1 / perBase[t] : Double.NaN;
    }
    Optional<DailyHistory> inverse = days > 0 && Double.isNaN(rates[0]) ? histories.pair(currency, base) : Optional.empty();
    if (inverse.isPresent()) {
      double[] inBase = inverse.get().column(first, days);
      for (int t = 0; t < days && Double.isNaN(rates[t]); t++) rates[t] = inBase[t];
    }
    return rates;
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return histories.of(instrument).splits();
  }
}
