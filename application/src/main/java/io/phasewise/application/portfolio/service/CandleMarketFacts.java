package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The market facts of one portfolio, read from the market context's daily candles: splits from the
 * candles' split factors (as rationals), the raw close on or before a day (in that day's units), and
 * exchange rates from forex assets named as Yahoo names them, {@code EURUSD=X} priced in USD per EUR
 * (or its inverse {@code USDEUR=X}, whose close is inverted). An external instrument is priced from
 * the prices the user recorded. Each asset's history is read once, on first use, and kept for the life
 * of this object, which is meant to serve one use-case call.
 */
public final class CandleMarketFacts implements MarketFacts {
  private static final PageRequest FIRST_PAGE = PageRequest.first(PageRequest.MAX_LIMIT);
  /** Precision of an inverted rate: far beyond the 18 decimals a stored rate has. */
  private static final MathContext INVERSE = MathContext.DECIMAL128;

  private final FindAssetUseCase assets;
  private final QueryCandlesUseCase candles;
  private final Map<Instrument.External, NavigableMap<LocalDate, BigDecimal>> recorded = new HashMap<>();
  private final Map<AssetId, History> histories = new HashMap<>();
  private final Map<String, Optional<History>> forex = new HashMap<>();

  public CandleMarketFacts(FindAssetUseCase assets, QueryCandlesUseCase candles, List<RecordedPrice> recordedPrices) {
    this.assets = assets;
    this.candles = candles;
    for (RecordedPrice p : recordedPrices) recorded.computeIfAbsent(p.instrument(), i -> new TreeMap<>()).put(p.day(), p.price());
  }

  /** For each portfolio, its market facts over {@code market}'s assets and candles and its own recorded prices. */
  public static Function<Portfolio, MarketFacts> of(MarketUseCases market) {
    return portfolio -> new CandleMarketFacts(market.findAsset(), market.queryCandles(), portfolio.recordedPrices());
  }

  @Override
  public List<SplitRatio> splits(Instrument instrument) {
    return instrument instanceof Instrument.Tracked tracked ? history(tracked.asset()).splits() : List.of();
  }

  @Override
  public Optional<BigDecimal> price(Instrument instrument, LocalDate day) {
    if (instrument instanceof Instrument.Tracked tracked) return history(tracked.asset()).closeOn(day);
    NavigableMap<LocalDate, BigDecimal> prices = recorded.get((Instrument.External) instrument);
    return prices == null ? Optional.empty() : Optional.ofNullable(prices.floorEntry(day)).map(Map.Entry::getValue);
  }

  @Override
  public Optional<BigDecimal> fxRate(CurrencyCode base, CurrencyCode quote, LocalDate day) {
    if (base.equals(quote)) return Optional.of(BigDecimal.ONE);
    Optional<BigDecimal> direct = forex(base.code() + quote.code() + "=X").flatMap(h -> h.closeOn(day));
    if (direct.isPresent()) return direct;
    return forex(quote.code() + base.code() + "=X").flatMap(h -> h.closeOn(day))
        .map(inverse -> BigDecimal.ONE.divide(inverse, INVERSE).stripTrailingZeros());
  }

  private Optional<History> forex(String symbol) {
    return forex.computeIfAbsent(symbol, s -> assets.findBySymbol(s, AssetType.FOREX).map(a -> history(a.id())).toJavaOptional());
  }

  private History history(AssetId asset) {
    return histories.computeIfAbsent(asset, this::load);
  }

  /** Every raw daily candle of {@code asset}, page by page; an asset gone meanwhile has no history. */
  private History load(AssetId asset) {
    NavigableMap<LocalDate, BigDecimal> closes = new TreeMap<>();
    List<SplitRatio> splits = new ArrayList<>();
    PageRequest page = FIRST_PAGE;
    while (page != null) {
      Page<Candle> slice = candles.candles(new CandleQuery(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END, false, null, page))
          .getOrNull();
      if (slice == null) break;
      for (Candle c : slice.items()) {
        LocalDate day = LocalDate.ofInstant(c.time(), ZoneOffset.UTC);
        closes.put(day, c.close());
        if (c.splitFactor().compareTo(BigDecimal.ONE) != 0) splits.add(SplitFactors.ratio(day, c.splitFactor()));
      }
      page = slice.hasNext() ? new PageRequest(page.offset() + slice.items().size(), page.limit()) : null;
    }
    return new History(closes, List.copyOf(splits));
  }

  /** One asset's daily closes by day and its splits, oldest first. */
  private record History(NavigableMap<LocalDate, BigDecimal> closes, List<SplitRatio> splits) {
    Optional<BigDecimal> closeOn(LocalDate day) {
      return Optional.ofNullable(closes.floorEntry(day)).map(Map.Entry::getValue);
    }
  }
}
