package io.phasewise.domain.portfolio;

/** Whether a position owns the instrument or owes it. */
public enum PositionSide {
  LONG, SHORT
}
