package io.phasewise.application.testing;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory fake of the candle ports with the database's semantics (numeric equality by value).
 * Transactional: a failed {@link InMemoryUnitOfWork} undoes its saves and cascaded deletes. Counts its
 * reads of daily closes, so a test can tell one read of many assets from one read per asset.
 */
public final class InMemoryCandleStore implements SaveCandlesPort, LoadCandlesPort, LoadDailyClosesPort {
  private final Map<Series, NavigableMap<Instant, TreeMap<String, Candle>>> store = new HashMap<>();
  private int dailyClosesReads;

  private record Series(AssetId asset, Interval interval) {}

  /** Drops every candle of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    Map<Series, NavigableMap<Instant, TreeMap<String, Candle>>> removed = new HashMap<>();
    store.keySet().stream().filter(s -> s.asset().equals(asset)).toList().forEach(s -> removed.put(s, store.remove(s)));
    if (!removed.isEmpty()) InMemoryUnitOfWork.onRollback(() -> putBack(removed));
  }

  private synchronized void putBack(Map<Series, NavigableMap<Instant, TreeMap<String, Candle>>> series) {
    store.putAll(series);
  }

  @Override
  public synchronized UpsertCount saveAll(AssetId asset, Interval interval, List<Candle> candles) {
    Series series = new Series(asset, interval);
    NavigableMap<Instant, TreeMap<String, Candle>> bars = store.computeIfAbsent(series, k -> new TreeMap<>());
    long inserted = 0;
    long updated = 0;
    long unchanged = 0;
    for (Candle c : candles) {
      Candle old = bars.computeIfAbsent(c.time(), t -> new TreeMap<>()).get(c.source());
      if (old == null) {
        inserted++;
      } else if (sameValues(old, c)) {
        unchanged++;
        continue;
      } else {
        updated++;
      }
      bars.get(c.time()).put(c.source(), c);
      InMemoryUnitOfWork.onRollback(() -> restore(series, c.time(), c.source(), old));
    }
    return new UpsertCount(inserted, updated, unchanged);
  }

  /** Puts back the bar {@code old} at {@code time} from {@code source}, or removes it when null (an undo). */
  private synchronized void restore(Series series, Instant time, String source, Candle old) {
    NavigableMap<Instant, TreeMap<String, Candle>> bars = store.get(series);
    if (bars == null || !bars.containsKey(time)) return; // another thread deleted the asset meanwhile
    if (old != null) {
      bars.get(time).put(source, old);
      return;
    }
    bars.get(time).remove(source);
    if (bars.get(time).isEmpty()) bars.remove(time);
    if (bars.isEmpty()) store.remove(series);
  }

  private List<Candle> range(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    NavigableMap<Instant, TreeMap<String, Candle>> bars = store.getOrDefault(new Series(asset, interval), new TreeMap<>());
    List<Candle> out = new ArrayList<>();
    for (TreeMap<String, Candle> bySource : bars.subMap(from, true, to, false).values()) {
      Candle c = source == null ? bySource.firstEntry().getValue() : bySource.get(source);
      if (c != null) out.add(c);
    }
    return out;
  }

  @Override
  public synchronized List<Candle> load(AssetId asset, Interval interval, Instant from, Instant to, String source,
      long offset, int limit) {
    return range(asset, interval, from, to, source).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized CandleSeries loadSeries(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    CandleSeries.Builder series = CandleSeries.builder(interval);
    range(asset, interval, from, to, source).forEach(series::add);
    return series.build();
  }

  @Override
  public synchronized Optional<Instant> barTimeBefore(AssetId asset, Interval interval, Instant before, int bars) {
    NavigableMap<Instant, TreeMap<String, Candle>> all = store.get(new Series(asset, interval));
    if (all == null) return Optional.empty();
    List<Instant> earlier = new ArrayList<>(all.headMap(before, false).descendingKeySet());
    if (earlier.isEmpty()) return Optional.empty();
    return Optional.of(earlier.get(Math.min(bars, earlier.size()) - 1));
  }

  @Override
  public synchronized long count(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    return range(asset, interval, from, to, source).size();
  }

  @Override
  public synchronized List<CorporateAction> corporateActionsAfter(AssetId asset, Interval interval, Instant from,
      String source) {
    List<Candle> all = range(asset, interval, Instant.MIN, Instant.MAX, source);
    List<CorporateAction> actions = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      Candle c = all.get(i);
      if (!c.time().isAfter(from)) continue;
      if (c.splitFactor().compareTo(BigDecimal.ONE) != 0) {
        actions.add(new CorporateAction.Split(c.time(), c.splitFactor().doubleValue()));
      }
      if (c.dividendCash().signum() != 0) {
        actions.add(new CorporateAction.Dividend(c.time(), c.dividendCash().doubleValue(), all.get(i - 1).close().doubleValue()));
      }
    }
    return actions;
  }

  @Override
  public synchronized Map<AssetId, Candle> latest(Collection<AssetId> assets, Interval interval) {
    Map<AssetId, Candle> latest = new LinkedHashMap<>();
    for (AssetId asset : assets) {
      NavigableMap<Instant, TreeMap<String, Candle>> bars = store.get(new Series(asset, interval));
      if (bars != null && !bars.isEmpty()) latest.put(asset, bars.lastEntry().getValue().firstEntry().getValue());
    }
    return latest;
  }

  @Override
  public synchronized Map<AssetId, DailyCloses> dailyCloses(Collection<AssetId> assets, LocalDate from, LocalDate to) {
    dailyClosesReads++;
    Instant start = from == null ? Instant.MIN : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to == null ? Instant.MAX : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<AssetId, DailyCloses> closes = new HashMap<>();
    for (AssetId asset : assets) {
      NavigableMap<Instant, TreeMap<String, Candle>> bars = store.getOrDefault(new Series(asset, Interval.D1), new TreeMap<>());
      DailyCloses.Builder builder = new DailyCloses.Builder();
      Map.Entry<Instant, TreeMap<String, Candle>> before = from == null ? null : bars.lowerEntry(start);
      if (before != null) add(builder, before.getValue().firstEntry().getValue());
      bars.subMap(start, true, end, false).values().forEach(bySource -> add(builder, bySource.firstEntry().getValue()));
      DailyCloses series = builder.build();
      if (series.size() > 0) closes.put(asset, series);
    }
    return closes;
  }

  private static void add(DailyCloses.Builder builder, Candle c) {
    builder.add((int) LocalDate.ofInstant(c.time(), ZoneOffset.UTC).toEpochDay(), c.close(), c.splitFactor());
  }

  /** How many reads of daily closes this store has answered. */
  public synchronized int dailyClosesReads() {
    return dailyClosesReads;
  }

  /** Equality as the database sees it: decimals by value, not by scale. */
  static boolean sameValues(Candle a, Candle b) {
    return a.time().equals(b.time()) && a.source().equals(b.source())
        && eq(a.open(), b.open()) && eq(a.high(), b.high()) && eq(a.low(), b.low()) && eq(a.close(), b.close())
        && eq(a.volume(), b.volume()) && eq(a.dividendCash(), b.dividendCash()) && eq(a.splitFactor(), b.splitFactor())
        && sameAdjusted(a.adjusted(), b.adjusted());
  }

  private static boolean sameAdjusted(Candle.Adjusted a, Candle.Adjusted b) {
    if (a == null || b == null) return a == b;
    return eq(a.open(), b.open()) && eq(a.high(), b.high()) && eq(a.low(), b.low()) && eq(a.close(), b.close())
        && eq(a.volume(), b.volume());
  }

  static boolean eq(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }

}
