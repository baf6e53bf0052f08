package io.phasewise.application.phase.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.PhaseRecording;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTimeline;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays an asset's phases from its whole stored candle history and records them, in one
 * transaction per asset: the candles are read once, the snapshots computed in memory, the sentiment
 * observations of the whole range read once and turned into the meter of each bar with a moving
 * window, the bars classified, and the result compared with what is stored.
 *
 * <p>Stored transitions that the replay repeats (same time, from and to) are kept, so appending bars
 * never touches earlier history; from the first difference on (corrected candles, late sentiment) the
 * stored ones are replaced. An outbox event is written only for a transition decided after the
 * previously stored state's {@code asOf}, i.e. one that is news. The first computation of an asset
 * therefore records its whole history and its state but emits no event at all: otherwise a fresh
 * install would fire a webhook for every transition of years of history.
 *
 * <p>Round trips per asset: one candle read, one sentiment read (and the sources when there are
 * observations), the stored state and transitions, and one recording (none when nothing changed).
 */
public final class RecomputePhasesService implements RecomputePhasesUseCase {
  private static final String WORK = "phase recompute";

  private final LoadAssetsPort assets;
  private final LoadCandlesPort candles;
  private final LoadSentimentPort sentiment;
  private final LoadPhasesPort loadPhases;
  private final SavePhasesPort savePhases;
  private final TransactionPort tx;
  private final Clock clock;
  private final SnapshotEngine engine;
  private final PhaseClassifier classifier;
  private final SentimentWeights weights;
  private final AssetBatch batch;
  private final IdGenerator ids;

  /**
   * A service classifying with {@code classifier} on snapshots of {@code engine}, weighing sentiment
   * with {@code weights}, recomputing many assets with {@code batch}.
   */
  public RecomputePhasesService(LoadAssetsPort assets, LoadCandlesPort candles, LoadSentimentPort sentiment,
      LoadPhasesPort loadPhases, SavePhasesPort savePhases, TransactionPort tx, Clock clock, SnapshotEngine engine,
      PhaseClassifier classifier, SentimentWeights weights, AssetBatch batch, IdGenerator ids) {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.candles = Objects.requireNonNull(candles, "candles");
    this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
    this.loadPhases = Objects.requireNonNull(loadPhases, "loadPhases");
    this.savePhases = Objects.requireNonNull(savePhases, "savePhases");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.batch = Objects.requireNonNull(batch, "batch");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * The defaults: the standard snapshot engine, {@link TitForTatClassifier#standard()} and
   * {@link SentimentWeights#defaults()}.
   */
  public RecomputePhasesService(LoadAssetsPort assets, LoadCandlesPort candles, LoadSentimentPort sentiment,
      LoadPhasesPort loadPhases, SavePhasesPort savePhases, TransactionPort tx, Clock clock, AssetBatch batch,
      IdGenerator ids) {
    this(assets, candles, sentiment, loadPhases, savePhases, tx, clock, SnapshotEngine.standard(),
        TitForTatClassifier.standard(), SentimentWeights.defaults(), batch, ids);
  }

  @Override
  public Either<Failure, PhaseRecomputeResult> recompute(AssetId id, Interval interval) {
    Objects.requireNonNull(interval, "interval");
    return assets.findById(id)
        .<Either<Failure, PhaseRecomputeResult>>map(asset -> run(asset, interval))
        .orElseGet(() -> Either.left(new Failure.NotFound("asset", id.toString())));
  }

  @Override
  public BatchReport<PhaseRecomputeResult> recompute(List<AssetId> ids, Interval interval,
      BatchProgress<PhaseRecomputeResult> progress) {
    Objects.requireNonNull(interval, "interval");
    return batch.forIds(WORK, ids, assets::findById, asset -> run(asset, interval), progress);
  }

  @Override
  public BatchReport<PhaseRecomputeResult> recomputeAll(Interval interval, BatchProgress<PhaseRecomputeResult> progress) {
    Objects.requireNonNull(interval, "interval");
    return batch.forAssets(WORK, assets.listAnalysed(), asset -> run(asset, interval), progress);
  }

  private Either<Failure, PhaseRecomputeResult> run(Asset asset, Interval interval) {
    return tx.inTransactionEither(() -> {
      AssetId id = asset.id();
      CandleSeries series = candles.loadSeries(id, interval, TimeBounds.BEGINNING, TimeBounds.END, null);
      if (series.isEmpty()) return Either.right(PhaseRecomputeResult.noBars(id, interval));
      SnapshotFrame frame;
      try {
        frame = engine.compute(id, series, TradingCalendar.of(asset.type()));
      } catch (IllegalArgumentException badData) {
        return Either.left(Failure.InvalidInput.of("candles",
            asset.symbol() + " " + interval.code() + ": " + badData.getMessage()));
      }
      PhaseTimeline timeline = PhaseTimeline.replay(frame, classifier, sentimentOf(frame)::at);
      PhaseState state = timeline.states().get(frame.size() - 1);
      Optional<PhaseState> previous = loadPhases.current(id, interval);
      List<PhaseTransition> stored = loadPhases.transitions(id, interval, TimeBounds.BEGINNING, TimeBounds.END);
      PhaseDiff diff = PhaseDiff.between(stored, timeline.transitions());
      boolean stateChanged = previous.map(p -> !p.equals(state)).orElse(true);
      if (diff.unchanged() && !stateChanged) {
        return Either.right(new PhaseRecomputeResult(id, interval, series.size(), Optional.of(state), diff.kept(), 0, 0, 0,
            false));
      }
      Instant now = clock.instant();
      List<PhaseEvent> events = new ArrayList<>();
      previous.ifPresent(known -> diff.written().stream()
          .filter(t -> t.changedAt().isAfter(known.asOf()))
          .forEach(t -> events.add(new PhaseEvent(ids.next(), id, asset.symbol(), interval, t, now))));
      int emitted = savePhases.record(new PhaseRecording(id, interval, state, diff.replaceFrom(), diff.written(), events, now));
      return Either.right(new PhaseRecomputeResult(id, interval, series.size(), Optional.of(state), diff.kept(),
          diff.removed(), diff.written().size(), emitted, true));
    });
  }

  /** The sentiment of each bar, from the observations of the whole range read in one call. */
  private SentimentTrack sentimentOf(SnapshotFrame frame) {
    Instant firstEnd = frame.endTime(0);
    Instant lastEnd = frame.endTime(frame.size() - 1);
    List<SentimentObservation> observations = sentiment.observations(frame.asset(), firstEnd.minus(weights.lookback()), lastEnd);
    if (observations.isEmpty()) return SentimentTrack.none(frame);
    return SentimentTrack.of(frame, observations, sentiment.sources(), weights);
  }
}
