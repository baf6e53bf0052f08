package io.phasewise.domain.phase;

/**
 * Decides the phase of an asset at one bar. Implementations are pure: the same inputs always give
 * the same state, and they read nothing but the inputs (which expose bars at or before the current
 * one only).
 */
@FunctionalInterface
public interface PhaseClassifier {
  PhaseState classify(PhaseInputs inputs);
}
