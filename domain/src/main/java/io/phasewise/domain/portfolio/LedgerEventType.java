package io.phasewise.domain.portfolio;

/** The kinds of event a ledger holds; everything a portfolio reports is derived from them. */
public enum LedgerEventType {
  /** Cash enters the portfolio from outside (an external flow). */
  DEPOSIT(false, true),
  /** Cash leaves the portfolio (an external flow). */
  WITHDRAWAL(false, true),
  /** Opens or adds to a long position. */
  BUY(true, false),
  /** Reduces a long position. */
  SELL(true, false),
  /** Opens or adds to a short position. */
  SELL_SHORT(true, false),
  /** Reduces a short position. */
  BUY_TO_COVER(true, false),
  /** A cash dividend on a holding. */
  DIVIDEND(true, false),
  /** Dividend income and a new lot bought with exactly that amount. */
  DIVIDEND_REINVEST(true, false),
  /** Cash interest. */
  INTEREST(false, false),
  /** A charge not attached to a trade. */
  FEE(false, false),
  /** A tax not attached to a trade. */
  TAX(false, false),
  /**
   * Securities arriving from another portfolio of the same user, lots keeping date and cost; an
   * external flow of this portfolio (at the day's value), or moving a holding would count as a gain.
   */
  TRANSFER_IN(true, true),
  /** Securities leaving for another portfolio of the same user; an external flow of this portfolio. */
  TRANSFER_OUT(true, true),
  /** Securities arriving from outside Phasewise (an external flow). */
  DELIVERY_IN(true, true),
  /** Securities leaving to outside Phasewise (an external flow). */
  DELIVERY_OUT(true, true);

  private final boolean instrument;
  private final boolean external;

  LedgerEventType(boolean instrument, boolean external) {
    this.instrument = instrument;
    this.external = external;
  }

  /** Whether the event concerns one instrument (otherwise it only moves cash). */
  public boolean hasInstrument() {
    return instrument;
  }

  /** Whether the event is an external flow of the whole portfolio (for time- and money-weighted returns). */
  public boolean isExternalFlow() {
    return external;
  }
}
