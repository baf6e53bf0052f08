/**
 * Per-bar snapshots of an asset, its market and indicator snapshots and its model-training feature
 * vectors, all computed together by {@link io.phasewise.domain.snapshot.SnapshotEngine} from one
 * {@link io.phasewise.domain.market.CandleSeries}.
 *
 * <ul>
 *   <li><b>Bar time</b>: a snapshot belongs to the bar it was computed at, keyed by that bar's open
 *       time; it is known from the bar's end time ({@code asOf}) on, and reads no later bar.
 *   <li><b>Warm-up</b>: a value needs some bars of history; until then it is NaN (absent).
 *   <li><b>Extras</b>: features beyond the standard fixed columns, named and pluggable
 *       ({@link io.phasewise.domain.snapshot.FeatureDefinition}).
 * </ul>
 */
package io.phasewise.domain.snapshot;
