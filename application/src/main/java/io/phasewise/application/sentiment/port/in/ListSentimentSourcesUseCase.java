package io.phasewise.application.sentiment.port.in;

import io.phasewise.domain.sentiment.SentimentSource;
import java.util.List;

/** Use case: every registered sentiment source, by name (case-insensitive). */
public interface ListSentimentSourcesUseCase {
  List<SentimentSource> sources();
}
