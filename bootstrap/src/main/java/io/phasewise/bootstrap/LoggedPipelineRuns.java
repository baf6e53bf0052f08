package io.phasewise.bootstrap;

import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's on-demand pipeline runs, each logged in one line on the console as it ends (or is
 * refused); scheduled runs are logged by {@link PipelineScheduler}, which also says when it skips one.
 */
record LoggedPipelineRuns(RunPipelineUseCase pipeline) implements RunPipelineUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(LoggedPipelineRuns.class);

  @Override
  public Either<Failure, PipelineRun> run(PipelineTrigger trigger, Interval interval) {
    Either<Failure, PipelineRun> result = pipeline.run(trigger, interval);
    if (trigger != PipelineTrigger.SCHEDULE) {
      if (result.isRight()) LOG.info(PipelineRunLog.summary(result.get()));
      else LOG.info("pipeline: {} run refused: {}", trigger.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          result.getLeft().message());
    }
    return result;
  }
}
