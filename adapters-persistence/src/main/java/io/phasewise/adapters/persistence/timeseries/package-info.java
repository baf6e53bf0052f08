/**
 * Idempotent bulk writes of time series: multi-row upserts for small batches, COPY (straight or
 * staged) for large ones.
 */
package io.phasewise.adapters.persistence.timeseries;
