/** Pipeline resource: start a run now, and read the log of runs. */
package io.phasewise.adapters.rest.pipeline;
