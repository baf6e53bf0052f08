package io.phasewise.application.sentiment.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import java.time.Instant;
import java.util.List;

/** Outgoing port: reads an asset's observations page by page. Ranges are of observation times, {@code [from, to)}. */
public interface LoadSentimentPagesPort {

  /** The observations in {@code [from, to)} by observation time, then source id, skipping {@code offset}, at most {@code limit}. */
  List<SentimentObservation> observations(AssetId asset, Instant from, Instant to, long offset, int limit);

  /** How many observations {@link #observations} would return with no paging. */
  long count(AssetId asset, Instant from, Instant to);
}
