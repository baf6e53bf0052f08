package io.phasewise.application.pipeline.model;

/** What started a pipeline run. */
public enum PipelineTrigger {
  SCHEDULE,
  ON_DEMAND
}
