/** Pipeline persistence: the log of runs with each asset's outcome, with jOOQ. */
package io.phasewise.adapters.persistence.pipeline;
