package io.phasewise.application.sentiment.service;

import io.phasewise.application.sentiment.port.in.ListSentimentSourcesUseCase;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.domain.sentiment.SentimentSource;
import java.util.Comparator;
import java.util.List;

/** Lists every registered sentiment source by name, case-insensitively. */
public final class ListSentimentSourcesService implements ListSentimentSourcesUseCase {
  private static final Comparator<SentimentSource> BY_NAME =
      Comparator.comparing(SentimentSource::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(s -> s.id().value());

  private final LoadSentimentPort load;

  public ListSentimentSourcesService(LoadSentimentPort load) {
    this.load = load;
  }

  @Override
  public List<SentimentSource> sources() {
    return load.sources().values().stream().sorted(BY_NAME).toList();
  }
}
