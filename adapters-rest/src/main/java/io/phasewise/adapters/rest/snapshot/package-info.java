/** Snapshot resources: the snapshots of each bar, the latest per asset, training features, and recomputes. */
package io.phasewise.adapters.rest.snapshot;
