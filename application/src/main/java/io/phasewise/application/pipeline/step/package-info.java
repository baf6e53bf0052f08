/**
 * The steps the pipeline runs, in a list: each names itself, says what it reads and writes, and reports
 * named counters per asset or for the whole run. A new analysis is one {@link
 * io.phasewise.application.pipeline.step.PipelineStep} class and one line in the list the wiring gives the pipeline.
 */
package io.phasewise.application.pipeline.step;
