package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Why a portfolio refused a change; each reason names the event it is about. */
public sealed interface PortfolioRejection {

  /** The ledger already holds an event with this source id (importing a statement twice adds nothing). */
  record AlreadyRecorded(String sourceId, LedgerEventId existing) implements PortfolioRejection {}

  /** No event in force has this id. */
  record UnknownEvent(LedgerEventId event) implements PortfolioRejection {}

  /** A sale, transfer or delivery takes more than the long position holds at that point. */
  record Oversold(LedgerEventId event, Instrument instrument, BigDecimal held, BigDecimal taken) implements PortfolioRejection {}

  /** A cover buys back more than the short position owes. */
  record Overcovered(LedgerEventId event, Instrument instrument, BigDecimal shortQuantity, BigDecimal covered) implements PortfolioRejection {}

  /** A short sale in a portfolio that does not allow shorts. */
  record ShortsNotAllowed(LedgerEventId event) implements PortfolioRejection {}

  /** A specific-identification sale names a lot that is not open, or picks that do not add up. */
  record BadLotPick(LedgerEventId event, String problem) implements PortfolioRejection {}

  /** The event's cost in the base currency needs a rate the market store does not have. */
  record MissingFxRate(LedgerEventId event, CurrencyCode from, CurrencyCode to, LocalDate day) implements PortfolioRejection {}

  /** An event the lot book cannot take as entered: a trade of no quantity, transferred lots that do not add up to it. */
  record InvalidEvent(LedgerEventId event, String problem) implements PortfolioRejection {}

  /**
   * An event opens one side of a position while the other is open: a buy while short, a short sale
   * while long. Close the open side first (with shorts allowed, split an oversell into SELL + SELL_SHORT).
   */
  record OppositePositionOpen(LedgerEventId event, Instrument instrument, BigDecimal openQuantity) implements PortfolioRejection {}
}
