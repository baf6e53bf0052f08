package io.phasewise.application.testing;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.sentiment.port.out.DuplicateSentimentSourceException;
import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * In-memory fake of the sentiment ports with the database's semantics: foreign keys to assets and
 * sources are checked, a batch is all or nothing, doubles compare numerically (−0 equals 0) and a
 * feature of −0 is stored as 0, as jsonb numbers are.
 */
public final class InMemorySentimentStore
    implements LoadSentimentPort, LoadSentimentPagesPort, SaveSentimentSourcePort, SaveSentimentObservationsPort {
  private static final Comparator<SentimentObservation> ORDER =
      Comparator.comparing(SentimentObservation::observedAt).thenComparingLong(o -> o.source().value());

  private final LoadAssetsPort assets;
  private final Map<SentimentSourceId, SentimentSource> sources = new LinkedHashMap<>();
  private final Map<AssetId, TreeMap<Instant, Map<SentimentSourceId, SentimentObservation>>> observations = new HashMap<>();
  private long nextSourceId = 1;

  /** @param assets the assets observations may belong to (the fake's foreign key) */
  public InMemorySentimentStore(LoadAssetsPort assets) {
    this.assets = assets;
  }

  /** Drops every observation of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    observations.remove(asset);
  }

  @Override
  public synchronized SentimentSource insert(String name, SentimentChannel channel, ReliabilityTier tier,
      Map<String, String> meta, Instant now) {
    if (sources.values().stream().anyMatch(s -> s.name().equals(name))) throw new DuplicateSentimentSourceException(name);
    SentimentSource source = new SentimentSource(SentimentSourceId.of(nextSourceId++), name, channel, tier, meta);
    sources.put(source.id(), source);
    return source;
  }

  @Override
  public synchronized Map<SentimentSourceId, SentimentSource> sources() {
    return Map.copyOf(sources);
  }

  @Override
  public synchronized UpsertCount saveAll(List<SentimentObservation> batch) {
    Set<SentimentObservation.Key> keys = new HashSet<>();
    for (SentimentObservation o : batch) {
      if (!keys.add(o.key())) throw new IllegalArgumentException("two observations of the batch share a key: " + o.key());
      if (assets.findById(o.asset()).isEmpty()) throw new IllegalStateException("foreign key violated: no asset " + o.asset());
      if (!sources.containsKey(o.source())) throw new IllegalStateException("foreign key violated: no source " + o.source());
    }
    long inserted = 0;
    long updated = 0;
    long unchanged = 0;
    for (SentimentObservation o : batch) {
      SentimentObservation stored = stored(o);
      Map<SentimentSourceId, SentimentObservation> atTime =
          observations.computeIfAbsent(o.asset(), a -> new TreeMap<>()).computeIfAbsent(o.observedAt(), t -> new HashMap<>());
      SentimentObservation old = atTime.get(o.source());
      if (old == null) {
        inserted++;
      } else if (sameValues(old, stored)) {
        unchanged++;
        continue;
      } else {
        updated++;
      }
      atTime.put(o.source(), stored);
    }
    return new UpsertCount(inserted, updated, unchanged);
  }

  @Override
  public synchronized List<SentimentObservation> observations(AssetId asset, Instant from, Instant to) {
    return from.isAfter(to) ? List.of() : range(asset, from, true, to, true);
  }

  @Override
  public synchronized List<SentimentObservation> observations(AssetId asset, Instant from, Instant to, long offset, int limit) {
    return range(asset, from, true, to, false).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public synchronized long count(AssetId asset, Instant from, Instant to) {
    return range(asset, from, true, to, false).size();
  }

  private List<SentimentObservation> range(AssetId asset, Instant from, boolean fromIncluded, Instant to, boolean toIncluded) {
    TreeMap<Instant, Map<SentimentSourceId, SentimentObservation>> byTime = observations.get(asset);
    if (byTime == null || from.isAfter(to) || from.equals(to) && !toIncluded) return List.of();
    List<SentimentObservation> found = new ArrayList<>();
    byTime.subMap(from, fromIncluded, to, toIncluded).values().forEach(atTime -> found.addAll(atTime.values()));
    found.sort(ORDER);
    return found;
  }

  /** The observation as the database keeps it: jsonb turns a feature of −0 into 0. */
  private static SentimentObservation stored(SentimentObservation o) {
    Map<String, Double> features = new HashMap<>();
    o.features().forEach((name, value) -> features.put(name, value + 0.0));
    return new SentimentObservation(o.asset(), o.source(), o.observedAt(), o.score(), o.magnitude(), features);
  }

  private static boolean sameValues(SentimentObservation a, SentimentObservation b) {
    return a.score() == b.score() && a.magnitude() == b.magnitude() && a.features().equals(b.features());
  }
}
