package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/**
 * Use case: read recorded phases: an asset's current phase with its rationale (the reasons with their
 * numbers and the one-line summary a tooltip shows), many assets' current phases at once, and an
 * asset's timeline with prices for a chart.
 */
public interface QueryPhasesUseCase {

  /** The current phase; not found for an unknown asset, and a "phase" not found when none was computed yet. */
  Either<Failure, PhaseState> current(AssetId asset, Interval interval);

  /**
   * The current phases of many assets in one call, in request order (duplicates once); assets without
   * a computed phase are listed apart; unknown ids are an invalid input naming them.
   */
  Either<Failure, CurrentPhases> current(List<AssetId> assets, Interval interval);

  /** The timeline the query asks for; failures as {@link #current(AssetId, Interval)}, and from must be before to. */
  Either<Failure, PhaseHistory> timeline(PhaseTimelineQuery query);
}
