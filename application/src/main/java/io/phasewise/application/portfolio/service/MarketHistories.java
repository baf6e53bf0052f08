package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.port.in.DailyClosesQuery;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.QueryDailyClosesUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.RecordedPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Package helper: the daily histories one use-case call reads from the market context. The first
 * history asked for brings those of every tracked instrument the ledger names in the same single read
 * of daily closes; an asset asked for later (a forex pair, an instrument new to the ledger) is one more
 * read. An external instrument's history is the prices the user recorded; a forex pair is the asset named
 * as Yahoo names it, {@code EURUSD=X} priced in USD per EUR.
 */
final class MarketHistories {
  private final FindAssetUseCase assets;
  private final QueryDailyClosesUseCase closes;
  private final Set<AssetId> pending = new HashSet<>();
  private final Map<Instrument.External, DailyHistory> recorded = new HashMap<>();
  private final Map<AssetId, DailyHistory> histories = new HashMap<>();
  private final Map<String, Optional<DailyHistory>> forex = new HashMap<>();

  /** The histories over {@code assets} and {@code closes}, reading those of the tracked instruments of {@code events} together. */
  MarketHistories(FindAssetUseCase assets, QueryDailyClosesUseCase closes, List<RecordedPrice> recordedPrices,
      Collection<LedgerEvent> events) {
    this.assets = assets;
    this.closes = closes;
    for (LedgerEvent e : events) {
      if (e.instrument() instanceof Instrument.Tracked tracked) pending.add(tracked.asset());
    }
    Map<Instrument.External, NavigableMap<LocalDate, BigDecimal>> prices = new HashMap<>();
    for (RecordedPrice p : recordedPrices) prices.computeIfAbsent(p.instrument(), i -> new TreeMap<>()).put(p.day(), p.price());
    prices.forEach((instrument, byDay) -> recorded.put(instrument, DailyHistory.recorded(byDay)));
  }

  /** The histories over {@code market}'s assets and closes. */
  static MarketHistories of(MarketUseCases market, List<RecordedPrice> recordedPrices, Collection<LedgerEvent> events) {
    return new MarketHistories(market.findAsset(), market.queryDailyCloses(), recordedPrices, events);
  }

  /** The history of {@code instrument}; empty when nothing is stored or recorded for it. */
  DailyHistory of(Instrument instrument) {
    if (instrument instanceof Instrument.Tracked tracked) return stored(tracked.asset());
    return recorded.getOrDefault((Instrument.External) instrument, DailyHistory.NONE);
  }

  /** The closes of the forex asset {@code <base><quote>=X}, in units of {@code quote} per unit of {@code base}, if it is registered. */
  Optional<DailyHistory> pair(CurrencyCode base, CurrencyCode quote) {
    return forex.computeIfAbsent(base.code() + quote.code() + "=X",
        s -> assets.findBySymbol(s, AssetType.FOREX).map(a -> stored(a.id())).toJavaOptional());
  }

  /** The stored history of {@code asset}, read on first use together with every asset still pending; an asset gone meanwhile has none. */
  private DailyHistory stored(AssetId asset) {
    DailyHistory known = histories.get(asset);
    if (known != null) return known;
    pending.add(asset);
    pending.removeAll(histories.keySet());
    Map<AssetId, DailyCloses> read = closes.dailyCloses(DailyClosesQuery.whole(pending));
    for (AssetId a : pending) histories.put(a, DailyHistory.of(read.getOrDefault(a, DailyCloses.NONE)));
    pending.clear();
    return histories.get(asset);
  }
}
