package io.phasewise.application.pipeline;

import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the pipeline: the log of its runs, the one-run-at-a-time lock and their transactions. */
public record PipelinePorts(PipelineRunsPort runs, RunLockPort runLock, TransactionPort tx) {}
