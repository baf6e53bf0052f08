package io.phasewise.application.portfolio.service;

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
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Package helper: the daily histories one use-case call reads from the market context. A tracked
 * instrument's raw daily candles are read once, on first use, in pages of the largest size (one query
 * for up to 10,000 days); an external instrument's history is the prices the user recorded; a forex
 * pair is the asset named as Yahoo names it, {@code EURUSD=X} priced in USD per EUR.
 */
final class MarketHistories {
  private static final PageRequest FIRST_PAGE = PageRequest.first(PageRequest.MAX_LIMIT);

  private final FindAssetUseCase assets;
  private final QueryCandlesUseCase candles;
  private final Map<Instrument.External, DailyHistory> recorded = new HashMap<>();
  private final Map<AssetId, DailyHistory> histories = new HashMap<>();
  private final Map<String, Optional<DailyHistory>> forex = new HashMap<>();

  MarketHistories(FindAssetUseCase assets, QueryCandlesUseCase candles, List<RecordedPrice> recordedPrices) {
    this.assets = assets;
    this.candles = candles;
    for (RecordedPrice p : recordedPrices) {
      recorded.computeIfAbsent(p.instrument(), i -> new DailyHistory(new TreeMap<>(), List.of())).closes().put(p.day(), p.price());
    }
  }

  /** The history of {@code instrument}; empty when nothing is stored or recorded for it. */
  DailyHistory of(Instrument instrument) {
    if (instrument instanceof Instrument.Tracked tracked) return histories.computeIfAbsent(tracked.asset(), this::load);
    return recorded.getOrDefault((Instrument.External) instrument, DailyHistory.NONE);
  }

  /** The closes of the forex asset {@code <base><quote>=X}, in units of {@code quote} per unit of {@code base}, if it is registered. */
  Optional<DailyHistory> pair(CurrencyCode base, CurrencyCode quote) {
    return forex.computeIfAbsent(base.code() + quote.code() + "=X",
        s -> assets.findBySymbol(s, AssetType.FOREX).map(a -> histories.computeIfAbsent(a.id(), this::load)).toJavaOptional());
  }

  /** Every raw daily candle of {@code asset}, page by page; an asset gone meanwhile has no history. */
  private DailyHistory load(AssetId asset) {
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
    return new DailyHistory(closes, List.copyOf(splits));
  }
}
