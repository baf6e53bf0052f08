/**
 * Snapshot persistence: one row of market, indicator and feature values per asset, interval and bar,
 * with jOOQ.
 */
package io.phasewise.adapters.persistence.snapshot;
