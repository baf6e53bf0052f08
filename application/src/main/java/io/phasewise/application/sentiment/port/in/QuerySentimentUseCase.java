package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;

/** Use case: read an asset's sentiment: its meter as of a time, and its stored observations. An unknown asset is not found. */
public interface QuerySentimentUseCase {

  /**
   * The sentiment meter of {@code asset} as of {@code asOf} ({@code null}: now), from only the
   * observations made at or before it, weighted with the configured weights.
   */
  Either<Failure, SentimentMeterReading> meter(AssetId asset, Instant asOf);

  /** One page of the asset's observations in a time range, by observation time, then source id. */
  Either<Failure, Page<SentimentObservation>> observations(SentimentObservationsQuery query);
}
