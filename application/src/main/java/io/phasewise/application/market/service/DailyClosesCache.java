package io.phasewise.application.market.service;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily closes of the assets read lately, kept in this process, least recently used dropped first once
 * they hold more than {@code capacity} bars in all. A miss reads each missing asset's whole history (one
 * read for all of them); a bounded query is cut from it. Every daily candle write made through
 * {@link #invalidating(SaveCandlesPort)} or deletion through {@link #invalidating(DeleteAssetPort)} drops
 * the asset at once, and {@link #candlesChanged} (the committed-change signal of imports) drops it again
 * after commit, so a read that raced the write cannot keep the old bars. Writes at other intervals (ticks
 * build one-minute bars) leave daily closes as they are and keep the cache. Writes by another process (a command line
 * beside the server, a second instance) are not seen: see ARCHITECTURE.md, scaling.
 */
public final class DailyClosesCache implements LoadDailyClosesPort, CandlesChangedPort {
  private final LoadDailyClosesPort store;
  private final long capacity;
  private final LinkedHashMap<AssetId, DailyCloses> cached = new LinkedHashMap<>(16, 0.75f, true);
  private long bars;
  /** Counts invalidations: a read that saw one happen while it was reading keeps nothing. */
  private long invalidations;

  public DailyClosesCache(LoadDailyClosesPort store, long capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
    this.store = store;
    this.capacity = capacity;
  }

  @Override
  public Map<AssetId, DailyCloses> dailyCloses(Collection<AssetId> assets, LocalDate from, LocalDate to) {
    Map<AssetId, DailyCloses> whole = new HashMap<>();
    List<AssetId> missing = new ArrayList<>();
    long seen;
    synchronized (this) {
      seen = invalidations;
      for (AssetId asset : assets) {
        DailyCloses known = cached.get(asset);
        if (known != null) whole.put(asset, known);
        else missing.add(asset);
      }
    }
    if (!missing.isEmpty()) {
      Map<AssetId, DailyCloses> read = store.dailyCloses(missing, null, null);
      for (AssetId asset : missing) whole.put(asset, read.getOrDefault(asset, DailyCloses.NONE));
      keep(missing, whole, seen);
    }
    Map<AssetId, DailyCloses> answer = new HashMap<>();
    whole.forEach((asset, closes) -> {
      DailyCloses part = closes.slice(from, to);
      if (part.size() > 0) answer.put(asset, part);
    });
    return answer;
  }

  private synchronized void keep(List<AssetId> assets, Map<AssetId, DailyCloses> read, long seen) {
    if (invalidations != seen) return;
    for (AssetId asset : assets) {
      DailyCloses closes = read.get(asset);
      DailyCloses old = cached.put(asset, closes);
      bars += weight(closes) - (old == null ? 0 : weight(old));
    }
    Iterator<DailyCloses> eldest = cached.values().iterator();
    while (bars > capacity && eldest.hasNext()) {
      bars -= weight(eldest.next());
      eldest.remove();
    }
  }

  /** An asset without bars still takes a slot. */
  private static long weight(DailyCloses closes) {
    return Math.max(closes.size(), 1);
  }

  /** Forgets the closes of {@code asset}. */
  public synchronized void invalidate(AssetId asset) {
    invalidations++;
    DailyCloses old = cached.remove(asset);
    if (old != null) bars -= weight(old);
  }

  /** How many assets are cached now. */
  public synchronized int size() {
    return cached.size();
  }

  @Override
  public void candlesChanged(AssetId asset, Interval interval, Instant earliestChanged) {
    if (interval == Interval.D1) invalidate(asset);
  }

  /** {@code save}, forgetting the closes of each asset it writes daily candles of. */
  public SaveCandlesPort invalidating(SaveCandlesPort save) {
    return (AssetId asset, Interval interval, List<Candle> candles) -> {
      if (interval == Interval.D1) invalidate(asset);
      return save.saveAll(asset, interval, candles);
    };
  }

  /** {@code delete}, forgetting the closes of each asset it deletes. */
  public DeleteAssetPort invalidating(DeleteAssetPort delete) {
    return id -> {
      invalidate(id);
      return delete.delete(id);
    };
  }
}
