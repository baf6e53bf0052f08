package io.phasewise.application.testing;

import static io.phasewise.application.testing.InMemoryCandleStore.eq;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** In-memory fake of the tick ports, keyed like the database by (asset, time, source). */
public final class InMemoryTickStore implements SaveTicksPort, LoadTicksPort {
  private final Map<AssetId, NavigableMap<Instant, TreeMap<String, Tick>>> store = new HashMap<>();

  /** Drops every tick of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    store.remove(asset);
  }

  @Override
  public synchronized UpsertCount saveAll(AssetId asset, List<Tick> ticks) {
    NavigableMap<Instant, TreeMap<String, Tick>> byTime = store.computeIfAbsent(asset, a -> new TreeMap<>());
    long inserted = 0;
    long updated = 0;
    long unchanged = 0;
    for (Tick t : ticks) {
      TreeMap<String, Tick> bySource = byTime.computeIfAbsent(t.time(), k -> new TreeMap<>());
      Tick old = bySource.get(t.source());
      if (old == null) {
        inserted++;
      } else if (sameValues(old, t)) {
        unchanged++;
        continue;
      } else {
        updated++;
      }
      bySource.put(t.source(), t);
    }
    return new UpsertCount(inserted, updated, unchanged);
  }

  @Override
  public synchronized List<Tick> load(AssetId asset, Instant from, Instant to) {
    List<Tick> out = new ArrayList<>();
    store.getOrDefault(asset, new TreeMap<>()).subMap(from, true, to, false).values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  private static boolean sameValues(Tick a, Tick b) {
    return eq(a.price(), b.price()) && eq(a.size(), b.size()) && eq(a.bid(), b.bid()) && eq(a.ask(), b.ask())
        && eq(a.bidSize(), b.bidSize()) && eq(a.askSize(), b.askSize());
  }
}
