/**
 * Snapshot use cases: per-bar market snapshots, indicator snapshots and feature vectors computed
 * incrementally as candles arrive, read back for dashboards and model training; and indicators on
 * demand for any asset, interval and range.
 */
package io.phasewise.application.snapshot;
