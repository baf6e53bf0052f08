package io.phasewise.application.pipeline.port.out;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: records finished pipeline runs and reads them back, newest first. */
public interface PipelineRunsPort {
  /** Stores a finished run and returns it with its assigned id; {@code steps} are the run-wide step results by name. */
  PipelineRun record(PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
      List<PipelineAssetOutcome> outcomes, Map<String, StepResult> steps);

  /** Runs by start time, newest first, skipping {@code offset}, at most {@code limit}. */
  List<PipelineRun> newestFirst(long offset, int limit);

  long count();

  Optional<PipelineRun> find(long id);
}
