package io.phasewise.application.phase.port.in;

import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/**
 * Use case: replay and record the Tit-for-Tat phases of assets from their stored candles and
 * sentiment. Each asset is one transaction: its current state, its transitions (kept where the replay
 * agrees with what is stored, replaced from the first difference on) and the outbox events of
 * transitions decided after the previously stored state. The first computation of an asset records
 * its state and its whole history but emits no event: those transitions are history, not news.
 */
public interface RecomputePhasesUseCase {

  /** One asset's phases; an unknown asset is a not-found failure. */
  Either<Failure, PhaseRecomputeResult> recompute(AssetId asset, Interval interval);

  /**
   * The phases of {@code assets} (e.g. a watchlist's), in parallel, each in its own transaction; one
   * asset's failure (unknown id, bad data, an outage) fails that asset only. Outcomes in request order.
   */
  BatchReport<PhaseRecomputeResult> recompute(List<AssetId> assets, Interval interval,
      BatchProgress<PhaseRecomputeResult> progress);

  /** The phases of every active asset that Phasewise analyses, as {@link #recompute(List, Interval, BatchProgress)}; outcomes in asset id order. */
  BatchReport<PhaseRecomputeResult> recomputeAll(Interval interval, BatchProgress<PhaseRecomputeResult> progress);
}
