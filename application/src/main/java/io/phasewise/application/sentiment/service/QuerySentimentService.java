package io.phasewise.application.sentiment.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.sentiment.port.in.SentimentMeterReading;
import io.phasewise.application.sentiment.port.in.SentimentObservationsQuery;
import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads sentiment: the meter of an asset as of a time, computed with the weights this service was
 * configured with from the observations within the lookback only, and pages of stored observations.
 */
public final class QuerySentimentService implements QuerySentimentUseCase {
  private final LoadAssetsPort assets;
  private final LoadSentimentPort sentiment;
  private final LoadSentimentPagesPort pages;
  private final SentimentWeights weights;
  private final Clock clock;

  public QuerySentimentService(LoadAssetsPort assets, LoadSentimentPort sentiment, LoadSentimentPagesPort pages,
      SentimentWeights weights, Clock clock) {
    this.assets = assets;
    this.sentiment = sentiment;
    this.pages = pages;
    this.weights = Objects.requireNonNull(weights, "weights");
    this.clock = clock;
  }

  @Override
  public Either<Failure, SentimentMeterReading> meter(AssetId asset, Instant asOf) {
    if (assets.findById(asset).isEmpty()) return Either.left(new Failure.NotFound("asset", asset.toString()));
    Instant t = asOf != null ? asOf : clock.instant();
    Instant oldest = t.minus(weights.lookback());
    if (oldest.isBefore(TimeBounds.BEGINNING)) oldest = TimeBounds.BEGINNING;
    SentimentMeter meter = SentimentMeter.asOf(asset, t, sentiment.observations(asset, oldest, t), sentiment.sources(), weights);
    return Either.right(new SentimentMeterReading(meter, weights));
  }

  @Override
  public Either<Failure, Page<SentimentObservation>> observations(SentimentObservationsQuery q) {
    if (assets.findById(q.asset()).isEmpty()) return Either.left(new Failure.NotFound("asset", q.asset().toString()));
    return Either.right(new Page<>(pages.observations(q.asset(), q.from(), q.to(), q.page().offset(), q.page().limit()),
        pages.count(q.asset(), q.from(), q.to()), q.page()));
  }
}
