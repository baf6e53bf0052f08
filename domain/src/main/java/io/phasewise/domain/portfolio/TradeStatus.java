package io.phasewise.domain.portfolio;

/** Where a position stands, from its last trades since it was last flat. */
public enum TradeStatus {
  /** Opened by one trade, not added to or reduced since. */
  OPEN,
  /** Added to since it was opened, last by an acquisition. */
  ACCUMULATING,
  /** Last changed by a partial sale or cover. */
  REDUCING,
  /** Nothing held. */
  CLOSED
}
