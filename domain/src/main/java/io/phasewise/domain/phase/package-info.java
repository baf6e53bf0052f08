/**
 * Tit-for-Tat phases (the current phase state of each asset and its history of transitions): every asset is in a
 * {@link io.phasewise.domain.phase.Phase} — COOP, DEFECT or FORGIVE — decided bar by bar by a pure
 * {@link io.phasewise.domain.phase.PhaseClassifier} (default
 * {@link io.phasewise.domain.phase.TitForTatClassifier}) from the snapshots of that bar and earlier
 * ones, the sentiment known then and the previous state, with a confidence and a readable
 * {@link io.phasewise.domain.phase.Rationale}. {@link io.phasewise.domain.phase.PhaseTimeline} replays
 * a history using only what was known at each bar.
 */
package io.phasewise.domain.phase;
