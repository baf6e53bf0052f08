package io.phasewise.application.pipeline.port.in;

import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: one run of the pipeline's steps over every analysed asset — by default snapshots of the
 * new bars, phases (with each bar's sentiment meter), then the webhooks of new transitions — recorded
 * with each step's results. One asset's failure fails that asset in that step only.
 */
public interface RunPipelineUseCase {
  /** Runs now; a conflict when another run is still going (runs never overlap). */
  Either<Failure, PipelineRun> run(PipelineTrigger trigger, Interval interval);
}
