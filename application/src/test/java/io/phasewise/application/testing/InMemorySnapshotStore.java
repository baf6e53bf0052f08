package io.phasewise.application.testing;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory fake of the snapshot ports; training rows join the closes of a candle store. */
public final class InMemorySnapshotStore implements SaveSnapshotsPort, LoadSnapshotsPort {
  private final Map<Key, NavigableMap<Instant, SnapshotSet>> store = new HashMap<>();
  private final LoadCandlesPort candles;

  private record Key(AssetId asset, Interval interval) {}

  public InMemorySnapshotStore(LoadCandlesPort candles) {
    this.candles = candles;
  }

  /** Drops every snapshot of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    store.keySet().removeIf(k -> k.asset().equals(asset));
  }

  @Override
  public synchronized UpsertCount save(SnapshotFrame frame, int from) {
    NavigableMap<Instant, SnapshotSet> bars = store.computeIfAbsent(new Key(frame.asset(), frame.interval()), k -> new TreeMap<>());
    long inserted = 0;
    long updated = 0;
    long unchanged = 0;
    for (int i = from; i < frame.size(); i++) {
      SnapshotSet set = SnapshotSet.of(frame, i);
      SnapshotSet old = bars.put(set.market().barTime(), set);
      if (old == null) inserted++;
      else if (old.equals(set)) unchanged++;
      else updated++;
    }
    return new UpsertCount(inserted, updated, unchanged);
  }

  @Override
  public synchronized long deleteAll(AssetId asset, Interval interval) {
    NavigableMap<Instant, SnapshotSet> removed = store.remove(new Key(asset, interval));
    return removed == null ? 0 : removed.size();
  }

  @Override
  public synchronized Optional<Instant> lastBarTime(AssetId asset, Interval interval) {
    NavigableMap<Instant, SnapshotSet> bars = store.get(new Key(asset, interval));
    return bars == null || bars.isEmpty() ? Optional.empty() : Optional.of(bars.lastKey());
  }

  @Override
  public synchronized List<SnapshotSet> history(AssetId asset, Interval interval, Instant from, Instant to, long offset,
      int limit) {
    return range(asset, interval, from, to).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long count(AssetId asset, Interval interval, Instant from, Instant to) {
    return range(asset, interval, from, to).size();
  }

  @Override
  public synchronized Map<AssetId, SnapshotSet> latest(Collection<AssetId> assets, Interval interval, Instant asOf) {
    Map<AssetId, SnapshotSet> latest = new LinkedHashMap<>();
    Instant lastBar = asOf.minus(interval.length());
    for (AssetId asset : assets) {
      NavigableMap<Instant, SnapshotSet> bars = store.get(new Key(asset, interval));
      Map.Entry<Instant, SnapshotSet> known = bars == null ? null : bars.floorEntry(lastBar);
      if (known != null) latest.put(asset, known.getValue());
    }
    return latest;
  }

  @Override
  public synchronized List<TrainingRow> trainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets,
      long offset, int limit) {
    return training(interval, from, to, assets).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long countTrainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets) {
    return training(interval, from, to, assets).size();
  }

  private List<TrainingRow> training(Interval interval, Instant from, Instant to, Collection<AssetId> assets) {
    List<TrainingRow> rows = new ArrayList<>();
    store.keySet().stream()
        .filter(k -> k.interval() == interval && (assets.isEmpty() || assets.contains(k.asset())))
        .sorted(Comparator.comparingLong(k -> k.asset().value()))
        .forEach(k -> {
          for (SnapshotSet set : range(k.asset(), interval, from, to)) {
            Instant bar = set.features().barTime();
            List<Candle> candle = candles.load(k.asset(), interval, bar, bar.plusMillis(1), null, 0, 1);
            if (!candle.isEmpty()) rows.add(new TrainingRow(set.features(), candle.get(0).close().doubleValue()));
          }
        });
    return rows;
  }

  private List<SnapshotSet> range(AssetId asset, Interval interval, Instant from, Instant to) {
    NavigableMap<Instant, SnapshotSet> bars = store.get(new Key(asset, interval));
    return bars == null ? List.of() : new ArrayList<>(bars.subMap(from, true, to, false).values());
  }
}
