package io.phasewise.application.sentiment.port.out;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.sentiment.SentimentObservation;
import java.util.List;

/**
 * Outgoing port: stores sentiment observations idempotently by natural key (asset, source, observed
 * time). An observation equal to the stored one changes nothing; one with other values replaces it.
 */
public interface SaveSentimentObservationsPort {
  /**
   * Upserts {@code observations} of any assets, in any order; the list must not hold two observations
   * with the same key. Their assets and sources must exist.
   */
  UpsertCount saveAll(List<SentimentObservation> observations);
}
