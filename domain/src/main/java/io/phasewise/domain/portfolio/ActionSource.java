package io.phasewise.domain.portfolio;

/** Who decided a trade: the user, a Phasewise signal, someone copied, or an algorithm. */
public enum ActionSource {
  MANUAL, SIGNAL, COPY, ALGORITHM
}
