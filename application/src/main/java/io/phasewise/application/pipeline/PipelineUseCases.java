package io.phasewise.application.pipeline;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.port.in.ListPipelineRunsUseCase;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.pipeline.service.ListPipelineRunsService;
import io.phasewise.application.pipeline.service.RunPipelineService;
import io.phasewise.application.pipeline.step.PhasesStep;
import io.phasewise.application.pipeline.step.SnapshotsStep;
import io.phasewise.application.pipeline.step.WebhooksStep;
import io.phasewise.application.shared.Infrastructure;
import java.util.List;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;

/** The use cases of the pipeline: a run over every analysed asset now, and the log of runs. */
public record PipelineUseCases(RunPipelineUseCase run, ListPipelineRunsUseCase runs) {

  /**
   * The pipeline services on {@code ports}, running its steps in turn: snapshots, phases, webhooks. A new
   * analysis is one more step in this list.
   */
  public static PipelineUseCases wire(PipelinePorts ports, MarketPorts market, RecomputeSnapshotsUseCase snapshots,
      RecomputePhasesUseCase phases, DispatchWebhooksUseCase webhooks, Infrastructure infra) {
    return new PipelineUseCases(
        new RunPipelineService(market.loadAssets(),
            List.of(new SnapshotsStep(snapshots), new PhasesStep(phases), new WebhooksStep(webhooks, infra.clock())),
            ports.runs(), ports.runLock(), ports.tx(), infra.clock(), infra.ticker()),
        new ListPipelineRunsService(ports.runs()));
  }
}
