package io.phasewise.application.testing;

import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory fake of the sentiment reader: sources and observations added by a test; counts its reads. */
public final class InMemorySentimentObservations implements LoadSentimentPort {
  private static final Comparator<SentimentObservation> ORDER =
      Comparator.comparing(SentimentObservation::observedAt).thenComparingLong(o -> o.source().value());

  private final Map<SentimentSourceId, SentimentSource> sources = new LinkedHashMap<>();
  private final List<SentimentObservation> observations = new ArrayList<>();
  private final AtomicInteger observationReads = new AtomicInteger();

  public synchronized void add(SentimentSource source) {
    sources.put(source.id(), source);
  }

  public synchronized void add(Collection<SentimentObservation> more) {
    observations.addAll(more);
  }

  @Override
  public synchronized List<SentimentObservation> observations(AssetId asset, Instant from, Instant to) {
    observationReads.incrementAndGet();
    return observations.stream()
        .filter(o -> o.asset().equals(asset) && !o.observedAt().isBefore(from) && !o.observedAt().isAfter(to))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public synchronized Map<SentimentSourceId, SentimentSource> sources() {
    return Map.copyOf(sources);
  }

  /** How many times observations were read. */
  public int observationReads() {
    return observationReads.get();
  }
}
