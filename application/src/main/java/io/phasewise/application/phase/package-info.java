/**
 * Application layer of phases: recompute and record each asset's Tit-for-Tat phase, read states and timelines,
 * and evaluate classifiers against a naive trend filter on stored or supplied daily series.
 */
package io.phasewise.application.phase;
