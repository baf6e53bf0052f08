package io.phasewise.application.phase.service;

import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery;
import io.phasewise.application.phase.port.in.EvaluatePhasesQuery.SuppliedSeries;
import io.phasewise.application.phase.port.in.EvaluatePhasesUseCase;
import io.phasewise.application.phase.port.in.PhaseEvaluationReport;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.research.NamedClassifier;
import io.phasewise.domain.research.NullCalibration;
import io.phasewise.domain.research.PhaseEvaluator;
import io.phasewise.domain.research.SeriesEvaluation;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates the candidate classifiers on daily series: stored ones read back-adjusted for splits and
 * dividends (so forward returns are total returns), supplied ones as given, each on its asset type's
 * trading calendar; then on the null calibration's random walks.
 */
public final class EvaluatePhasesService implements EvaluatePhasesUseCase {
  /** The types evaluated when no asset is named: what a holder can hold and a phase is for. */
  static final Set<AssetType> HOLDABLE = EnumSet.of(AssetType.STOCK, AssetType.ETF, AssetType.INDEX, AssetType.CRYPTO);

  private final LoadAssetsPort assets;
  private final QueryCandlesUseCase candles;
  private final List<NamedClassifier> candidates;

  /** Evaluating {@code candidates} on assets of {@code assets} whose daily candles {@code candles} reads. */
  public EvaluatePhasesService(LoadAssetsPort assets, QueryCandlesUseCase candles, List<NamedClassifier> candidates) {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.candles = Objects.requireNonNull(candles, "candles");
    this.candidates = List.copyOf(candidates);
  }

  @Override
  public Either<Failure, PhaseEvaluationReport> evaluate(EvaluatePhasesQuery query) {
    List<Asset> stored = new ArrayList<>();
    if (query.everyStoredAsset()) {
      assets.listAnalysed().stream().filter(a -> HOLDABLE.contains(a.type())).forEach(stored::add);
    }
    for (String symbol : query.symbols()) {
      List<Asset> found = assets.findBySymbol(symbol);
      if (found.isEmpty()) return Either.left(Failure.InvalidInput.of("symbols", "no asset has the symbol '" + symbol + "'"));
      stored.addAll(found);
    }
    PhaseEvaluator evaluator = new PhaseEvaluator(query.settings());
    List<SeriesEvaluation> evaluated = new ArrayList<>();
    List<PhaseEvaluationReport.Skipped> skipped = new ArrayList<>();
    for (Asset asset : stored) {
      boolean shared = stored.stream().filter(a -> a.symbol().equals(asset.symbol())).count() > 1;
      String name = asset.symbol() + (shared ? " (" + asset.type().code() + ")" : "");
      Either<Failure, CandleSeries> series = candles.series(new CandleQuery(asset.id(), Interval.D1,
          TimeBounds.BEGINNING, TimeBounds.END, true, null, PageRequest.first(1)));
      if (series.isLeft()) {
        skipped.add(new PhaseEvaluationReport.Skipped(name, series.getLeft().message()));
      } else {
        evaluate(evaluator, new SuppliedSeries(name, series.get(), asset.type()), evaluated, skipped);
      }
    }
    query.supplied().forEach(s -> evaluate(evaluator, s, evaluated, skipped));
    NullCalibration calibration = NullCalibration.run(evaluator, candidates, query.walks(), query.settings().seed());
    return Either.right(new PhaseEvaluationReport(query.settings(), candidates.stream().map(NamedClassifier::name).toList(), evaluated,
        skipped, calibration));
  }

  private void evaluate(PhaseEvaluator evaluator, SuppliedSeries series, List<SeriesEvaluation> evaluated,
      List<PhaseEvaluationReport.Skipped> skipped) {
    try {
      evaluated.add(evaluator.evaluate(series.name(), series.series(), TradingCalendar.of(series.type()), candidates));
    } catch (IllegalArgumentException unusable) {
      skipped.add(new PhaseEvaluationReport.Skipped(series.name(), unusable.getMessage()));
    }
  }
}
