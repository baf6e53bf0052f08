package io.phasewise.domain.research;

import io.phasewise.domain.phase.Phase;

/**
 * The mean forward outcomes after the bars a classifier put in one phase.
 *
 * @param phase the phase
 * @param share share of all bars in the phase
 * @param bars bars in the phase that have a full forward window
 * @param forwardReturn mean {@link Outcome#RETURN}; NaN without bars
 * @param forwardDrawdown mean {@link Outcome#DRAWDOWN}; NaN without bars
 * @param forwardVolatility mean {@link Outcome#VOLATILITY}; NaN without bars
 */
public record PhaseMeans(Phase phase, double share, int bars, double forwardReturn, double forwardDrawdown, double forwardVolatility) {

  /** The mean of {@code outcome}. */
  public double mean(Outcome outcome) {
    return switch (outcome) {
      case RETURN -> forwardReturn;
      case DRAWDOWN -> forwardDrawdown;
      case VOLATILITY -> forwardVolatility;
    };
  }
}
