package io.phasewise.application.snapshot.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** The outcome of one asset in a universe recompute: its result, or why it failed. */
public record AssetRecompute(AssetId asset, String symbol, Either<Failure, RecomputeResult> outcome) {}
