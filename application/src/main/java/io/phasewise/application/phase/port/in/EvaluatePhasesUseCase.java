package io.phasewise.application.phase.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: how much the phases tell a holder, measured on daily series against the naive SMA-50 filter
 * and on random walks (docs/ANALYTICS.md, "Evaluating phases"). Reads only; a symbol no asset has is an
 * invalid input naming it, and a series that cannot be evaluated is skipped with its reason.
 */
public interface EvaluatePhasesUseCase {
  Either<Failure, PhaseEvaluationReport> evaluate(EvaluatePhasesQuery query);
}
