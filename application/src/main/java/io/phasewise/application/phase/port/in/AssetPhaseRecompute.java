package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The outcome of one asset in a recompute of many: its result, or why it failed.
 *
 * @param symbol the asset's symbol, or null when no asset has this id
 */
public record AssetPhaseRecompute(AssetId asset, String symbol, Either<Failure, PhaseRecomputeResult> outcome) {
  public AssetPhaseRecompute {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(outcome, "outcome");
  }
}
