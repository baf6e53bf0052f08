package io.phasewise.application.pipeline.port.in;

/** What started a pipeline run. */
public enum PipelineTrigger {
  SCHEDULE,
  ON_DEMAND
}
